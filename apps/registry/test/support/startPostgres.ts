import { postgresAvailable, startPostgresCluster } from '@bas/test-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the storage suite, or null where none could be had outside CI. */
    postgresUrl: string | null;
  }
}

/**
 * Starts one PostgreSQL cluster on loopback for the whole storage suite (the test command installs Debian's server
 * packages first), tuned for speed: these tests do not crash it.
 */
export async function setup(project: TestProject) {
  if (process.env.BAS_TEST_DATABASE_URL !== undefined) {
    project.provide('postgresUrl', process.env.BAS_TEST_DATABASE_URL);
    return;
  }
  if (!postgresAvailable()) {
    const message =
      'PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin). npm test installs them when run as root; ' +
      'otherwise install Debian\'s "postgresql" package or set BAS_TEST_DATABASE_URL.';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`\n⚠ ${message} The PostgreSQL half of the storage suite is skipped.\n`);
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startPostgresCluster({
    fsync: 'off',
    synchronous_commit: 'off',
    max_connections: 200,
  });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.remove();
}
