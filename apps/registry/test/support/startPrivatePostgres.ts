import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'pg_ctl')));
}

export const privatePostgresAvailable = () => serverBinaries() !== undefined;

/**
 * A PostgreSQL cluster of one test file's own, for tests that stop and start the server: the suite's shared server
 * (startPostgres.ts) must stay up for the other files running meanwhile. As root it runs as the `postgres` user.
 */
export async function startPrivatePostgres() {
  const bin = serverBinaries();
  if (bin === undefined)
    throw new Error('PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin).');
  const dir = mkdtempSync(join(tmpdir(), 'bas-pg-private-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      { stdio: 'pipe' },
    );
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'bas', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  const start = () =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://bas@127.0.0.1:${port}/postgres`,
    start,
    /** A fast shutdown: every session is ended, as in a restart or a failover. */
    stop,
    remove() {
      try {
        stop();
      } catch {
        // Already stopped by the test that failed; the files go all the same.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
