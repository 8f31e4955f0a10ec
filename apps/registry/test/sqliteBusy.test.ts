import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

describe('the registry on SQLite while another process holds the write lock', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite');
  });
  afterAll(() => registry.close());

  const publish = (version: string) =>
    registry.call('POST', '/api/apps/dokumen-kependudukan/versions?existingApp=true', {
      as: users.devDisdukcapil,
      body: { ...seedEntry('dokumen-kependudukan'), version },
    });

  it('keeps serving the manifest, answers a publish 503 "busy" within 2-3 s, and takes it once the lock is let go', async () => {
    expect((await registry.call('GET', '/api/manifest')).status).toBe(200);
    const other = new SQLite(join(registry.storage.dataDir, 'registry.sqlite'));
    try {
      other.exec('BEGIN EXCLUSIVE');
      const started = Date.now();
      const publishing = publish('50.0.0').then((response) => ({ ...response, ms: Date.now() - started }));
      // While the publish waits for the lock, the catalog is still answered, at once.
      await sleep(200);
      const readStarted = Date.now();
      const manifest = await registry.call('GET', '/api/manifest');
      expect(manifest.status).toBe(200);
      expect(Date.now() - readStarted).toBeLessThan(500);

      const refused = await publishing;
      expect(refused.status).toBe(503);
      expect(refused.json()).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/database is busy.*try again in a few seconds/i),
      });
      expect(refused.ms).toBeGreaterThan(1500);
      expect(refused.ms).toBeLessThan(3000);

      // A publish queued behind one that waited its full time does not wait the whole time again.
      const queuedStarted = Date.now();
      expect((await publish('50.0.1')).status).toBe(503);
      expect(Date.now() - queuedStarted).toBeLessThan(1000);

      other.exec('COMMIT');
      expect((await publish('50.0.2')).status).toBe(201);
      const app = (
        await registry.call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })
      ).json() as {
        versions: Array<{ version: string }>;
      };
      const versions = app.versions.map((entry) => entry.version);
      expect(versions).toContain('50.0.2');
      expect(versions).not.toContain('50.0.0');
      expect(versions).not.toContain('50.0.1');
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});
