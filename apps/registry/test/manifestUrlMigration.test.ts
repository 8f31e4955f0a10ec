import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import { renameManifestUrl } from '../src/db/migrations.ts';
import { seedEntry } from './support/startTestRegistry.ts';

describe('the manifestUrl migration', () => {
  it('rewrites versions stored with the old "entry" field, and leaves current ones alone', async () => {
    const { db } = await createDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'bas-migration-')) });
    try {
      const { manifestUrl, ...old } = seedEntry('pengumuman') as { manifestUrl: string };
      const current = seedEntry('skm');
      const now = new Date().toISOString();
      for (const [id, entry] of [
        ['pengumuman', { ...old, entry: manifestUrl }],
        ['skm', current],
      ] as const) {
        await sql`INSERT INTO apps (id, agency, route, status, current_version, created_at, updated_at)
          VALUES (${id}, 'diskominfo', ${id}, 'active', '1.0.0', ${now}, ${now})`.execute(db);
        await sql`INSERT INTO app_versions (app_id, version, entry, state, submitted_by, submitted_at)
          VALUES (${id}, '1.0.0', ${JSON.stringify(entry)}, 'approved', 'seed', ${now})`.execute(db);
      }
      await renameManifestUrl.up(db);
      const { rows } = await sql<{ app_id: string; entry: string }>`
        SELECT app_id, entry FROM app_versions ORDER BY app_id`.execute(db);
      const stored = Object.fromEntries(rows.map((row) => [row.app_id, JSON.parse(row.entry) as object]));
      expect(stored.pengumuman).toEqual({ ...old, manifestUrl });
      expect(stored.pengumuman).not.toHaveProperty('entry');
      expect(stored.skm).toEqual(current);
    } finally {
      await db.destroy();
    }
  });
});
