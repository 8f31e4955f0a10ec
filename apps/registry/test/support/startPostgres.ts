import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the storage suite, or null where none could be had outside CI. */
    postgresUrl: string | null;
  }
}

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'pg_ctl')));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private PostgreSQL cluster on loopback for the storage suite (the test command installs Debian's
 * server packages first). PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function setup(project: TestProject) {
  if (process.env.BAS_TEST_DATABASE_URL !== undefined) {
    project.provide('postgresUrl', process.env.BAS_TEST_DATABASE_URL);
    return;
  }
  const bin = serverBinaries();
  if (bin === undefined) {
    const message =
      'PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin). npm test installs them when run as root; ' +
      'otherwise install Debian\'s "postgresql" package or set BAS_TEST_DATABASE_URL.';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`\n⚠ ${message} The PostgreSQL half of the storage suite is skipped.\n`);
    project.provide('postgresUrl', null);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bas-pg-'));
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
      {
        stdio: 'pipe',
      },
    );
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'bas', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c max_connections=200`,
    'start',
  ]);
  project.provide('postgresUrl', `postgres://bas@127.0.0.1:${port}/postgres`);
  return () => {
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
}
