import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type EngineName = 'sqlite' | 'postgres';

export const engines: EngineName[] = ['sqlite', 'postgres'];

/** Where one suite's data lives: a fresh SQLite file, or a fresh database on the test PostgreSQL server. */
export async function freshStorage(engine: EngineName): Promise<{ dataDir: string; databaseUrl?: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-registry-'));
  if (engine === 'sqlite') return { dataDir };
  const server = inject('postgresUrl');
  if (server === null) throw new Error('no PostgreSQL server for this run');
  const name = `bas_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { dataDir, databaseUrl: url.toString() };
}

export const postgresAvailable = () => inject('postgresUrl') !== null;
