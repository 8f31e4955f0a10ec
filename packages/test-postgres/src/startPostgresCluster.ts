import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@bas/server-kit';

/** The newest installed PostgreSQL server's programs (Debian's layout), if any. */
function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'pg_ctl')));
}

export const postgresAvailable = (): boolean => serverBinaries() !== undefined;

export interface PostgresCluster {
  /** `postgres://bas@127.0.0.1:<port>/postgres`: trust authentication, loopback only. */
  url: string;
  start(): void;
  /** A fast shutdown: every session is ended, as in a restart or a failover. */
  stop(): void;
  /**
   * An immediate stop: every process quits at once with no checkpoint, as in a crash; the next start recovers from
   * the write-ahead log.
   */
  crash(): void;
  /**
   * A hot standby of this server, streaming its write-ahead log, on a port of its own: read-only, as a read replica
   * is. `settings` as for the primary (`recovery_min_apply_delay` makes it lag on purpose).
   */
  startStandby(settings?: Settings): Promise<PostgresCluster>;
  /** Stops the server if it runs and deletes its files. */
  remove(): void;
}

type Settings = Record<string, string | number>;

/** Runs one of the server's programs; as root as the `postgres` user, since PostgreSQL refuses to run as root. */
function serverRunner(bin: string) {
  const asRoot = process.getuid?.() === 0;
  return {
    ownFolder(dir: string) {
      if (!asRoot) return;
      chmodSync(dir, 0o755);
      execFileSync('chown', ['postgres:postgres', dir]);
    },
    run: (tool: string, args: string[]) =>
      execFileSync(
        asRoot ? 'runuser' : join(bin, tool),
        asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
        { stdio: 'pipe' },
      ),
  };
}

/** Starts a server on the data folder `data` (made by initdb or pg_basebackup) and returns its handle. */
async function launch(bin: string, dir: string, data: string, settings: Settings): Promise<PostgresCluster> {
  const { run } = serverRunner(bin);
  const port = await freePort();
  const options = [
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`,
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  const start = () =>
    void run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
  const stop = () => void run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://bas@127.0.0.1:${port}/postgres`,
    start,
    stop,
    crash: () => void run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    async startStandby(standbySettings = {}) {
      const standbyDir = mkdtempSync(join(tmpdir(), 'bas-pg-standby-'));
      serverRunner(bin).ownFolder(standbyDir);
      const standbyData = join(standbyDir, 'data');
      // -R writes the standby's connection to this server; -X stream copies the log written meanwhile.
      run('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'bas',
        '-D',
        standbyData,
        '-R',
        '-X',
        'stream',
        '--no-sync',
      ]);
      // A standby refuses to start with fewer connections (and some other limits) than its primary: it starts with the same.
      return launch(bin, standbyDir, standbyData, { ...settings, ...standbySettings });
    },
    remove() {
      try {
        stop();
      } catch {
        // Already stopped (or crashed) by the test; the files go all the same.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates and starts a PostgreSQL cluster of the caller's own in a temporary folder, on a free loopback port.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user that Debian's package creates.
 * `settings` are server options (`-c name=value`) for speed or limits; durability settings are the caller's choice.
 */
export async function startPostgresCluster(settings: Settings = {}): Promise<PostgresCluster> {
  const bin = serverBinaries();
  if (bin === undefined)
    throw new Error(
      'PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin): install Debian\'s "postgresql" package ' +
        '(npm test does so when run as root).',
    );
  const dir = mkdtempSync(join(tmpdir(), 'bas-pg-'));
  const runner = serverRunner(bin);
  runner.ownFolder(dir);
  const data = join(dir, 'data');
  runner.run('initdb', ['-D', data, '-U', 'bas', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  return launch(bin, dir, data, settings);
}
