import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { idsIn, seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface ManifestBody {
  entries: Array<{ id: string; version: string }>;
}

describe.each(engines)('publishing on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  const served = async (id: string, as = users.asnDisdukcapil) =>
    (
      registry
        .call('GET', '/api/manifest', { as })
        .then((response) => response.json()) as Promise<ManifestBody>
    ).then((body) => body.entries.find((entry) => entry.id === id));

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the flow', () => {
    const original = seedEntry('antrean-disdukcapil');

    it('lets a developer publish a version of their agency’s app, served only once an admin approves it', async () => {
      const next = { ...original, version: '9.0.0', name: { id: 'Antrean Online', en: 'Online Queue' } };
      const published = await registry.call(
        'POST',
        '/api/apps/antrean-disdukcapil/versions?existingApp=true',
        {
          as: users.devDisdukcapil,
          body: next,
        },
      );
      expect(published.status).toBe(201);
      expect(published.json()).toEqual({
        id: 'antrean-disdukcapil',
        version: '9.0.0',
        state: 'pending',
        registered: false,
      });
      expect((await served('antrean-disdukcapil'))?.version).toBe(original.version);

      const approved = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/9.0.0/approve', {
        as: users.admin,
      });
      expect(approved.status).toBe(200);
      expect(approved.json()).toMatchObject({ currentVersion: '9.0.0' });
      expect(await served('antrean-disdukcapil')).toMatchObject({
        version: '9.0.0',
        name: { en: 'Online Queue' },
      });
    });

    it('lets an admin roll an app back to an earlier approved version', async () => {
      const rolledBack = await registry.call('POST', '/api/apps/antrean-disdukcapil/rollback', {
        as: users.admin,
        body: { version: original.version },
      });
      expect(rolledBack.status).toBe(200);
      expect((await served('antrean-disdukcapil'))?.version).toBe(original.version);
    });

    it('takes a disabled app out of the very next manifest, and puts it back when enabled', async () => {
      expect(
        (await registry.call('POST', '/api/apps/antrean-disdukcapil/disable', { as: users.admin })).json(),
      ).toEqual({
        id: 'antrean-disdukcapil',
        status: 'disabled',
      });
      expect(idsIn((await registry.call('GET', '/api/manifest')).json())).not.toContain(
        'antrean-disdukcapil',
      );
      expect(await served('antrean-disdukcapil', users.admin)).toBeUndefined();
      await registry.call('POST', '/api/apps/antrean-disdukcapil/enable', { as: users.admin });
      expect(idsIn((await registry.call('GET', '/api/manifest')).json())).toContain('antrean-disdukcapil');
    });

    it('registers a new app for the developer’s agency, listed after approval', async () => {
      const entry = { ...original, id: 'legalisir-online', route: 'legalisir-online', version: '1.0.0' };
      expect(
        (
          await registry.call('POST', '/api/apps/legalisir-online/versions', {
            as: users.devDisdukcapil,
            body: entry,
          })
        ).status,
      ).toBe(201);
      expect(idsIn((await registry.call('GET', '/api/manifest')).json())).not.toContain('legalisir-online');
      const details = await registry.call('GET', '/api/apps/legalisir-online', { as: users.devDisdukcapil });
      expect(details.json()).toMatchObject({
        agency: 'disdukcapil',
        currentVersion: null,
        versions: [{ version: '1.0.0', state: 'pending' }],
      });
      await registry.call('POST', '/api/apps/legalisir-online/versions/1.0.0/approve', { as: users.admin });
      expect(idsIn((await registry.call('GET', '/api/manifest')).json())).toContain('legalisir-online');
    });

    it('records every change in the audit log with who, what, when, before and after', async () => {
      const response = await registry.call('GET', '/api/audit?app=antrean-disdukcapil', { as: users.admin });
      const records = (response.json() as { records: Array<Record<string, unknown>> }).records;
      expect(records.map((record) => record.action)).toEqual([
        'enable',
        'disable',
        'rollback',
        'approve',
        'publish',
        'seed',
      ]);
      const [enable, disable, rollback, approve, publish] = records;
      expect(publish).toMatchObject({
        actor: 'dev.disdukcapil',
        version: '9.0.0',
        before: null,
        after: { version: '9.0.0' },
      });
      expect(approve).toMatchObject({
        actor: 'admin',
        before: { version: original.version },
        after: { version: '9.0.0' },
      });
      expect(rollback).toMatchObject({ before: { version: '9.0.0' }, after: { version: original.version } });
      expect(disable).toMatchObject({ before: { status: 'active' }, after: { status: 'disabled' } });
      expect(enable).toMatchObject({ before: { status: 'disabled' }, after: { status: 'active' } });
      for (const record of records) expect(Date.parse(record.at as string)).not.toBeNaN();
    });

    it('keeps the audit log from being changed, even directly in the database', async () => {
      const attempt = async (statement: string) => {
        const { databaseUrl, dataDir } = registry.storage;
        if (databaseUrl === undefined) {
          const db = new SQLite(`${dataDir}/registry.sqlite`);
          try {
            db.exec(statement);
          } finally {
            db.close();
          }
          return;
        }
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          await client.query(statement);
        } finally {
          await client.end();
        }
      };
      await expect(attempt("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow('append-only');
      await expect(attempt('DELETE FROM audit_log')).rejects.toThrow('append-only');
      // PostgreSQL empties a table without deleting its rows; SQLite has no TRUNCATE.
      if (registry.storage.databaseUrl !== undefined) {
        await expect(attempt('TRUNCATE audit_log')).rejects.toThrow('append-only');
      }
      const response = await registry.call('GET', '/api/audit?app=antrean-disdukcapil', { as: users.admin });
      expect((response.json() as { records: unknown[] }).records).toHaveLength(6);
    });

    it('shows the audit log to admins only', async () => {
      expect((await registry.call('GET', '/api/audit', { as: users.devDisdukcapil })).status).toBe(403);
      expect((await registry.call('GET', '/api/audit')).status).toBe(401);
    });
  });
});
