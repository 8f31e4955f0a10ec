#!/usr/bin/env node
// The README's two commands start here. This file runs before anything is installed, so it uses Node's standard
// library only: it makes sure pnpm (the version pinned in package.json) is available, installs the workspace, and
// hands over to the task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const toolsDir = join(root, '.tools');
const localPnpm = join(toolsDir, 'node_modules', '.bin', 'pnpm');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** pnpm on the PATH when it is the pinned version; otherwise a private copy under .tools/ (no root needed). */
function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm';
  if (existsSync(localPnpm) && versionOf(localPnpm) === pinned) return localPnpm;
  console.log(`Installing pnpm ${pinned} into .tools/ (one time)…`);
  const status = run('npm', [
    'install',
    '--prefix',
    toolsDir,
    '--no-save',
    '--no-audit',
    '--no-fund',
    `pnpm@${pinned}`,
  ]);
  if (status !== 0 || versionOf(localPnpm) !== pinned) {
    console.error(
      `Could not install pnpm ${pinned} with npm. Check that the npm registry is reachable, or install it yourself: npm install -g pnpm@${pinned}`,
    );
    process.exit(1);
  }
  return localPnpm;
}

const task = process.argv[2];
const tasks = {
  start: 'scripts/start.mjs',
  test: 'scripts/test.mjs',
  bench: 'scripts/bench.mjs',
  evidence: 'scripts/evidence.mjs',
  topology: 'scripts/topology.mjs',
};
if (!(task in tasks)) {
  console.error(`Unknown task "${task}". Use one of: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}

/**
 * Native addons (better-sqlite3) compile against Node's headers. node-gyp downloads them unless told where they
 * are, and only the package registries are reachable here; Node's own install ships them in <prefix>/include/node.
 */
function installEnv() {
  const prefix = dirname(dirname(process.execPath));
  const headers = existsSync(join(prefix, 'include', 'node', 'node_api.h'));
  return headers && process.env.npm_config_nodedir === undefined
    ? { ...process.env, npm_config_nodedir: prefix }
    : process.env;
}

const pnpm = ensurePnpm();
const installArgs = ['install', process.env.CI === 'true' ? '--frozen-lockfile' : '--prefer-offline'];
if (run(pnpm, installArgs, { env: installEnv() }) !== 0) {
  console.error(
    'pnpm install failed (see above). If the lockfile is out of date, run `pnpm install` and commit pnpm-lock.yaml.',
  );
  process.exit(1);
}

// The task and the package scripts it runs (`pnpm -r build`) find this same pnpm first on the PATH.
const status = run(process.execPath, [join(root, tasks[task]), ...process.argv.slice(3)], {
  env:
    pnpm === localPnpm
      ? { ...process.env, PATH: `${dirname(localPnpm)}${delimiter}${process.env.PATH ?? ''}` }
      : process.env,
});
process.exit(status);
