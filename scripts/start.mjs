// `npm start`, after scripts/bas.mjs has installed the workspace: build everything, then serve the portal until
// interrupted. The dev stack prints "BAS portal: <url>" once the portal answers.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

console.log('Building the shell and the remotes…');
const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}

const stack = spawn(process.execPath, [join(root, 'apps/dev-stack/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stack.kill(signal));
stack.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
