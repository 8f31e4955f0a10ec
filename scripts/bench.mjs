// `npm run bench`, after scripts/bas.mjs has installed the workspace: build everything in production mode, then
// run the benchmark (bench/): it builds the synthetic remotes, starts the portal and measures it in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's (as root: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Building the portal in production mode…');
const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above); nothing was measured.');
  process.exit(build.status ?? 1);
}
// `npm run bench -- --catalog 27000` adds the national figures (the same as BENCH_CATALOG=27000).
const args = process.argv.slice(2);
const env = { ...process.env };
if (args.length > 0) {
  const [flag, size] = args;
  if (flag !== '--catalog' || size === undefined || args.length !== 2) {
    console.error(
      `Unknown arguments "${args.join(' ')}": the benchmark takes --catalog <entries>, like --catalog 27000.`,
    );
    process.exit(2);
  }
  env.BENCH_CATALOG = size;
}
const bench = spawnSync(process.execPath, [join(root, 'bench/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(bench.status ?? 1);
