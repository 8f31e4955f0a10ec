import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, with a trailing separator. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A workspace package's manifest, the fields the checks read. */
export interface Manifest {
  name?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  files?: string[];
  exports?: unknown;
}

export interface WorkspacePackage {
  /** Its folder relative to the repository root (`apps/registry`). */
  dir: string;
  manifest: Manifest;
}

/** The workspace's packages by name, from pnpm-workspace.yaml's `packages:` list (folders and `folder/*`). */
export function workspacePackages(root: string): Map<string, WorkspacePackage> {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const list = /^packages:\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(yaml)?.[1] ?? '';
  const patterns = list
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+-[ \t]*/, '')
        .replace(/['"]/g, '')
        .trim(),
    )
    .filter((line) => line !== '');
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) return [];
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  const packages = new Map<string, WorkspacePackage>();
  for (const dir of dirs) {
    const file = join(root, dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (manifest.name !== undefined) packages.set(manifest.name, { dir, manifest });
  }
  return packages;
}

const dockerfileName = /^(Dockerfile(\..+)?|.+\.Dockerfile)$/;

/**
 * Every Dockerfile of the repository, committed or not, relative to the root: what git tracks or would track, so
 * that installed packages and build output (git-ignored) are never searched.
 */
export function findDockerfiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && dockerfileName.test(basename(file)) && existsSync(join(root, file)))
    .sort();
}
