// `npm run topology`, after scripts/bas.mjs has installed the workspace: build everything, then run BAS as production
// runs it on this machine (topology/): PostgreSQL with a standby, two clustered Keycloak nodes in production mode,
// three registry replicas and two portal servers behind nginx, parts killed and restarted under load. It prints the
// figures table and writes it to topology-results/full.{md,json}; it fails when a publish was lost or a kill switch
// took longer than a second to reach a replica.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const missing = [
  ['nginx', ['-v'], 'nginx-light'],
  ['pg_ctlcluster', ['--help'], 'postgresql'],
  ['java', ['-version'], 'maven'],
  ['mvn', ['-version'], 'maven'],
].filter(([command, args]) => spawnSync(command, args, { stdio: 'ignore' }).error !== undefined);
if (missing.length > 0) {
  const packages = [...new Set(missing.map(([, , name]) => name))].join(' ');
  console.error(
    `The topology run needs ${missing.map(([command]) => command).join(', ')}. As root: apt-get install -y ${packages}`,
  );
  process.exit(1);
}
console.log('Building…');
const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above); nothing was run.');
  process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [join(root, 'topology/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
