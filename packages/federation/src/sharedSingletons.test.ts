import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { remoteRouterApi } from './remoteRouterApi.ts';
import { sharedSingletons } from './sharedSingletons.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory())
      return item.name === 'node_modules' || item.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) ? [path] : [];
  });
}

describe('sharedSingletons', () => {
  it('shares every singleton at the version pinned in the workspace catalog', () => {
    const workspace = readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8');
    const shared = sharedSingletons(join(repo, 'apps/shell'));
    for (const name of ['react', 'react-dom', 'react-router', 'zustand'] as const) {
      const pinned = new RegExp(`^  ${name}: (.+)$`, 'm').exec(workspace)?.[1];
      expect(shared[name], name).toMatchObject({ singleton: true, strictVersion: true, version: pinned });
    }
    expect(shared['@bas/sdk/react']).toMatchObject({ singleton: true });
  });

  it('has the shell provide the design system', () => {
    const version = (
      JSON.parse(readFileSync(join(repo, 'packages/ui/package.json'), 'utf8')) as { version: string }
    ).version;
    const shell = sharedSingletons(join(repo, 'apps/shell'));
    for (const name of ['@bas/ui', '@bas/ui/react'] as const) {
      expect(shell[name], name).toMatchObject({ singleton: true, strictVersion: true, version });
    }
  });

  it('leaves the design system out for an app that does not depend on it, even where Node could find it', () => {
    // pengumuman imports nothing of @bas/ui; vitest (like pnpm) would let it resolve from any folder.
    const shared = sharedSingletons(join(repo, 'apps/remotes/pengumuman/src'));
    expect(Object.keys(shared)).not.toContain('@bas/ui');
    expect(Object.keys(shared)).toContain('@bas/sdk');
  });

  // A name missing from the shared subset would be undefined inside a remote at run time.
  it('provides every react-router export that the shell, the SDK and the remotes import', () => {
    const used = new Set<string>();
    for (const dir of ['apps/shell/src', 'packages/sdk/src', 'apps/remotes']) {
      for (const file of sourceFiles(join(repo, dir))) {
        for (const match of readFileSync(file, 'utf8').matchAll(
          /import\s*{([^}]*)}\s*from\s*'react-router'/g,
        )) {
          for (const name of (match[1] ?? '').split(',')) {
            const trimmed = name.trim();
            if (trimmed !== '' && !trimmed.startsWith('type '))
              used.add(trimmed.split(/\s+as\s+/)[0] ?? trimmed);
          }
        }
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((name) => !(remoteRouterApi as readonly string[]).includes(name))).toEqual([]);
  });
});
