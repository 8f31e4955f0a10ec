import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a package is for, declared in its package.json as `"bas": { "role": "…" }`:
 * - `server`: runs in production on Node (the portal server, the registry);
 * - `web`: a browser application built to static files (the shell);
 * - `library`: code other packages import (the SDK, the manifest, the CLI);
 * - `dev`: development wiring (the dev stack, the dev identity provider);
 * - `sample`: a sample agency app, served by the dev stack;
 * - `test`: browser tests, fixtures, the benchmark and their helpers.
 */
export const roles = ['server', 'web', 'library', 'dev', 'sample', 'test'] as const;
export type Role = (typeof roles)[number];

export interface WorkspacePackage {
  /** Its folder relative to the repository root, with `/` separators (`apps/shell`). */
  dir: string;
  name: string;
  role: Role;
}

/** The folders that hold workspace packages: pnpm-workspace.yaml's `packages:` list, the one place they are named. */
function packageFolders(root: string): string[] {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const list = /^packages:\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(yaml)?.[1];
  if (list === undefined) throw new Error(`${join(root, 'pnpm-workspace.yaml')} has no "packages:" list.`);
  return list
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+-[ \t]*/, '')
        .replace(/['"]/g, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

function expand(root: string, pattern: string): string[] {
  if (!pattern.endsWith('/*')) return [pattern];
  const parent = pattern.slice(0, -2);
  if (!existsSync(join(root, parent))) return [];
  return readdirSync(join(root, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`);
}

/** Every workspace package under `root` with its role; one without a valid role is an error that says what to add. */
export function readWorkspace(root: string): WorkspacePackage[] {
  return packageFolders(root)
    .flatMap((pattern) => expand(root, pattern))
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        name?: string;
        bas?: { role?: string };
      };
      const role = manifest.bas?.role;
      if (!roles.includes(role as Role)) {
        throw new Error(
          `${dir}/package.json declares no valid role (found ${JSON.stringify(role)}): add "bas": { "role": "…" } with one of ${roles.join(', ')}.`,
        );
      }
      return { dir, name: manifest.name ?? dir, role: role as Role };
    });
}
