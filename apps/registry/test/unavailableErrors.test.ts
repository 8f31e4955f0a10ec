import { existsSync, writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withUnavailableErrors } from '../src/db/withUnavailableErrors.ts';
import { asUnavailable } from '../src/errors/asUnavailable.ts';
import { RegistryError } from '../src/errors/RegistryError.ts';

interface Notes {
  notes: { id: number; body: string };
}

/** A real SQLite database that can hold only a few pages, as a disk with no room left. */
function smallDatabase() {
  const sqlite = new SQLite(':memory:');
  sqlite.pragma('max_page_count = 8');
  const db = new Kysely<Notes>({ dialect: withUnavailableErrors(new SqliteDialect({ database: sqlite })) });
  return db;
}

/** Writes notes until the database (or the disk under it) has no room left. */
async function fillNotes(db: Kysely<Notes>): Promise<void> {
  for (let id = 0; id < 1000; id++) {
    await db
      .insertInto('notes')
      .values({ id, body: 'x'.repeat(2000) })
      .execute();
  }
}

describe('errors that mean a part is out of service', () => {
  it('a write that finds the disk full is a 503 that names the full disk', async () => {
    const db = smallDatabase();
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(db);
      const error: unknown = await fillNotes(db).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RegistryError);
      expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/disk is full/) });
    } finally {
      await db.destroy();
    }
  });

  it('a transaction that finds the disk full is a 503 that names the full disk, though SQLite rolled it back itself', async () => {
    const db = smallDatabase();
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(db);
      const error: unknown = await db
        .transaction()
        .execute(fillNotes)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/disk is full/) });
      expect(await db.selectFrom('notes').select('id').execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!existsSync('/dev/full'))(
    'a file written to a full disk (ENOSPC) is a 503 that names the full disk',
    () => {
      let error: unknown;
      try {
        writeFileSync('/dev/full', 'a build');
      } catch (caught) {
        error = caught;
      }
      expect(asUnavailable(error)).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/disk is full/),
      });
    },
  );

  it('leaves the errors a caller can act on as they are: a taken key is not "try again later"', async () => {
    const db = smallDatabase();
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(db);
      await db.insertInto('notes').values({ id: 1, body: 'first' }).execute();
      const error: unknown = await db
        .insertInto('notes')
        .values({ id: 1, body: 'again' })
        .execute()
        .catch((caught: unknown) => caught);
      expect(error).not.toBeInstanceOf(RegistryError);
      expect(error).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    } finally {
      await db.destroy();
    }
  });
});
