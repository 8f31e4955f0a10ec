import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBoundaries } from './checkBoundaries.ts';
import { readWorkspace } from './readWorkspace.ts';

const repository = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A workspace in a temporary git repository: package.json files by folder and role, source files tracked, and
 * `untracked` files (build output, installed packages) on disk only, as after a build.
 */
function workspace(
  packages: Record<string, string>,
  files: Record<string, string>,
  untracked: Record<string, string> = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'bas-boundaries-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('pnpm-workspace.yaml', "packages:\n  - apps/*\n  - 'packages/*'\n\ncatalog:\n  react: 19.3.1\n");
  for (const [dir, role] of Object.entries(packages)) {
    write(`${dir}/package.json`, JSON.stringify({ name: `@t/${dir.split('/').pop()}`, bas: { role } }));
  }
  for (const [path, text] of Object.entries(files)) write(path, text);
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '.'], { cwd: root });
  for (const [path, text] of Object.entries(untracked)) write(path, text);
  return root;
}

describe('checkBoundaries', () => {
  it('finds no broken boundary in this repository', async () => {
    const { violations, modulesCruised } = await checkBoundaries(repository);
    expect(violations).toEqual([]);
    // Every package's own code was looked at, not an empty selection.
    expect(modulesCruised).toBeGreaterThan(300);
  });

  it('catches apps imported by apps, libraries and samples, dev wiring in a library, test support in production code, and browser code in a server', async () => {
    const root = workspace(
      {
        'apps/portal': 'server',
        'apps/catalog': 'server',
        'apps/shell': 'web',
        'apps/stack': 'dev',
        'apps/sample': 'sample',
        'packages/kit': 'library',
        'packages/sdk': 'library',
        'packages/fixtures': 'test',
      },
      {
        'apps/portal/src/main.ts': [
          "import { list } from '../../catalog/src/list.ts';",
          "import { render } from '../../shell/server/render.ts';",
          "import { start } from '../../shell/src/start.ts';",
          "import { built } from '../../shell/dist/built.js';",
          "import Keycloak from 'keycloak-js';",
          "import { loadRemote } from '@module-federation/enhanced/runtime';",
          "import { sdkVersion } from '../../../packages/sdk/src/sdkVersion.ts';",
          "import { createRemoteContext } from '../../../packages/sdk/src/index.ts';",
          'export const all = [list, render, start, built, Keycloak, loadRemote, sdkVersion, createRemoteContext];',
        ].join('\n'),
        'apps/catalog/src/list.ts':
          "import { rows } from '../../../packages/fixtures/src/rows.ts';\nexport const list = rows;",
        // A package's own tests may use test support; its production code (above) may not.
        'apps/catalog/test/support/seed.ts':
          "import { rows } from '../../../../packages/fixtures/src/rows.ts';\nexport const seed = rows;",
        'apps/catalog/src/list.test.ts':
          "import { rows } from '../../../packages/fixtures/src/rows.ts';\nexport const checked = rows;",
        'packages/fixtures/src/rows.ts': 'export const rows = [];',
        'apps/shell/server/render.ts': 'export const render = () => "";',
        'apps/shell/src/start.ts': 'export const start = () => {};',
        'apps/stack/src/stack.ts':
          "import { list } from '../../catalog/src/list.ts';\nexport const stack = list;",
        'apps/sample/src/app.ts':
          "import { start } from '../../shell/src/start.ts';\nexport const app = start;",
        'packages/kit/src/kit.ts': [
          "import { stack } from '../../../apps/stack/src/stack.ts';",
          "import { list } from '../../../apps/catalog/src/list.ts';",
          'export const kit = [stack, list];',
        ].join('\n'),
        'packages/sdk/src/sdkVersion.ts': "export const sdkVersion = '2.0.0';",
        'packages/sdk/src/index.ts': 'export const createRemoteContext = () => ({});',
      },
      {
        'apps/shell/dist/built.js': 'export const built = 1;',
        'node_modules/keycloak-js/package.json': '{"name":"keycloak-js","main":"index.js"}',
        'node_modules/keycloak-js/index.js': 'export default class Keycloak {}',
        'node_modules/@module-federation/enhanced/package.json':
          '{"name":"@module-federation/enhanced","exports":{"./runtime":"./dist/src/runtime.js"}}',
        'node_modules/@module-federation/enhanced/dist/src/runtime.js': 'export const loadRemote = () => {};',
      },
    );
    const { violations: found } = await checkBoundaries(root);
    expect(found.map(({ from, to, rule }) => `${from} → ${to}: ${rule}`).sort()).toEqual([
      'apps/catalog/src/list.ts → packages/fixtures/src/rows.ts: only-tests-import-test-parts',
      'apps/portal/src/main.ts → apps/catalog/src/list.ts: no-app-imports-another-app',
      'apps/portal/src/main.ts → apps/shell/dist/built.js: no-app-imports-another-app',
      'apps/portal/src/main.ts → apps/shell/src/start.ts: no-app-imports-another-app',
      'apps/portal/src/main.ts → node_modules/@module-federation/enhanced/dist/src/runtime.js: no-browser-code-in-servers',
      'apps/portal/src/main.ts → node_modules/keycloak-js/index.js: no-browser-code-in-servers',
      'apps/portal/src/main.ts → packages/sdk/src/index.ts: servers-take-only-the-sdk-version-rule',
      'apps/sample/src/app.ts → apps/shell/src/start.ts: no-app-imports-another-app',
      'packages/kit/src/kit.ts → apps/catalog/src/list.ts: no-app-imports-another-app',
      'packages/kit/src/kit.ts → apps/stack/src/stack.ts: only-dev-and-tests-import-dev-parts',
    ]);
    expect(found.find((violation) => violation.to === 'apps/catalog/src/list.ts')?.why).toBe(
      '@t/portal is an app: it may not import another app. Move what both need into a library under packages/.',
    );
  });
});

describe('readWorkspace', () => {
  it('gives every package of this repository a role', () => {
    const packages = readWorkspace(repository);
    expect(packages.find((found) => found.dir === 'apps/shell')?.role).toBe('web');
    expect(packages.find((found) => found.dir === 'apps/dev-stack')?.role).toBe('dev');
    expect(packages.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses a package without a role, saying what to add', () => {
    const root = workspace({ 'apps/portal': 'server' }, { 'apps/misc/package.json': '{"name":"misc"}' });
    expect(() => readWorkspace(root)).toThrow(
      'apps/misc/package.json declares no valid role (found undefined): add "bas": { "role": "…" } with one of server, web, library, dev, sample, test.',
    );
  });
});
