import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';
import { withUnavailableErrors } from './withUnavailableErrors.ts';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** PostgreSQL when set (`postgres://…`); otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /**
   * A read replica of that PostgreSQL (a hot standby, or a pooler in front of standbys) for the manifest's reads;
   * writes, migrations and notifications stay on `databaseUrl`.
   */
  databaseReadUrl?: string | undefined;
  /**
   * A direct connection to the primary for LISTEN (PgBouncer in transaction mode and standbys deliver no
   * notifications); `databaseUrl` when left out.
   */
  databaseNotifyUrl?: string | undefined;
  dataDir: string;
}

export interface RegistryDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for logs (never the password). */
  location: string;
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = parsed.password === '' ? '' : '***';
  return parsed.toString();
}

/** A pool on a PostgreSQL server, with the bounds every registry connection keeps; nothing is read yet. */
export function openPostgres(url: string): RegistryDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A request waits at most this long for a connection, then answers 503 instead of hanging while the server is
    // down or unreachable.
    connectionTimeoutMillis: 5000,
    // Bounds on one statement: on the server, and on the client for a server that stopped answering at all.
    statement_timeout: 10_000,
    query_timeout: 10_000,
    // Idle connections are let go after a while, so the pool shrinks after a burst of publishes.
    idleTimeoutMillis: 30_000,
    // Notices a server host that vanished without closing the connection.
    keepAlive: true,
  });
  // A restart or pg_terminate_backend kills idle connections: pg reports it as an 'error' event, which ends the
  // process when nobody listens. The pool has already dropped the connection and opens new ones on demand.
  pool.on('error', (error) => {
    console.warn(
      `The registry's PostgreSQL connection was closed by the server (${error.message}); the next query opens a new one.`,
    );
  });
  // The same for a connection killed while a request holds it: that request's query fails (503) and the pool
  // drops the connection when it is given back.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    db: new Kysely<Database>({ dialect: withUnavailableErrors(new PostgresDialect({ pool })) }),
    engine: 'postgres',
    location: describeUrl(url),
  };
}

/** Opens the database and brings its schema up to date; a failed migration stops the start with its reason. */
export async function createDatabase(options: DatabaseOptions): Promise<RegistryDatabase> {
  let database: RegistryDatabase;
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    database = openPostgres(options.databaseUrl);
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, 'registry.sqlite');
    const sqlite = new SQLite(file);
    // WAL lets readers go on while a publish writes; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // Another process's write lock is waited out by withUnavailableErrors, for 2 s and without blocking the event
    // loop; SQLite's own wait would freeze every other request meanwhile.
    sqlite.pragma('busy_timeout = 0');
    database = {
      db: new Kysely<Database>({
        dialect: withUnavailableErrors(new SqliteDialect({ database: sqlite }), { busyWaitMs: 2000 }),
      }),
      engine: 'sqlite',
      location: file,
    };
  }
  const migrator = new Migrator({ db: database.db, provider: migrationProvider(database.engine) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await database.db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      failed === undefined
        ? `The registry database at ${database.location} could not be read to bring its schema up to date: check that it runs and that DATABASE_URL (or BAS_DATA_DIR) points at it; the cause follows.`
        : `Migrating the registry database at ${database.location} failed in ${failed}.`,
      { cause: error },
    );
  }
  return database;
}
