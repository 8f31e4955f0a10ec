// `npm run evidence -- --period YYYY [--out DIR] [--no-screenshots]`, after scripts/bas.mjs has installed the workspace: builds the
// evidence tool when its sources (or those of the packages it imports: @bas/manifest, which holds the evidence's shape, @bas/server-kit, @bas/chromium) are newer
// than its build, then runs it with the arguments. apps/evidence/README.md says what it writes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'apps/evidence/dist/main.js');
// The tool and the workspace packages it imports.
const sources = ['apps/evidence', 'packages/manifest', 'packages/server-kit', 'packages/chromium'];

/** The newest change among a package's sources and manifest, in ms. */
function newest(dir) {
  const files = [
    join(dir, 'package.json'),
    ...readdirSync(join(dir, 'src'), { recursive: true }).map((file) => join(dir, 'src', file)),
  ];
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

const built = existsSync(main) ? statSync(main).mtimeMs : 0;
if (sources.some((dir) => newest(join(root, dir)) > built)) {
  console.log('Building the evidence tool…');
  const build = spawnSync('pnpm', ['--filter', '@bas/evidence...', 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('The evidence tool did not build (see above); no evidence was made.');
    process.exit(build.status ?? 1);
  }
}
const run = spawnSync(process.execPath, [main, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
