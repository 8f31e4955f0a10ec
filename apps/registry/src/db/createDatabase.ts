import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** PostgreSQL when set (`postgres://…`); otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
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

/** Opens the database and brings its schema up to date; a failed migration stops the start with its reason. */
export async function createDatabase(options: DatabaseOptions): Promise<RegistryDatabase> {
  let database: RegistryDatabase;
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    database = {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      engine: 'postgres',
      location: describeUrl(options.databaseUrl),
    };
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, 'registry.sqlite');
    const sqlite = new SQLite(file);
    // WAL lets readers go on while a publish writes; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    database = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
      engine: 'sqlite',
      location: file,
    };
  }
  const migrator = new Migrator({ db: database.db, provider: migrationProvider(database.engine) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await database.db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migrating the registry database at ${database.location} failed in ${failed}.`, {
      cause: error,
    });
  }
  return database;
}
