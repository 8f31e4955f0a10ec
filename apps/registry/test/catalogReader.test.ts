import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it, onTestFinished } from 'vitest';
import { systemActor } from '../src/catalog/Actor.ts';
import { createCatalogRepository } from '../src/catalog/createCatalogRepository.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { createCatalogReader } from '../src/manifest/createCatalogReader.ts';
import { createProbeStore } from '../src/monitor/createProbeStore.ts';
import { probeAt } from './support/probeAt.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

describe.each(engines)('the catalog read again every few seconds, on %s', (engine) => {
  it.skipIf(engine === 'postgres' && !postgresAvailable())(
    'answers the entries it read last while nothing changed, and reads them again after any change, even one written by another registry process',
    async () => {
      const storage = await freshStorage(engine);
      const database = await createDatabase(storage);
      // Another process on the same database: its writes reach this registry only through the database.
      const other = await createDatabase(storage);
      onTestFinished(async () => {
        await database.db.destroy();
        await other.db.destroy();
      });
      const store = createCatalogRepository(database.db);
      await store.seed(seedCatalog(), systemActor);
      const read = createCatalogReader({
        store,
        probes: createProbeStore(database.db),
        changes: { seen: 0 },
      });

      const first = await read();
      expect(await read()).toBe(first);

      await createCatalogRepository(other.db).setEnabled('pengumuman', false, systemActor, 'uji');
      const disabled = await read();
      expect(disabled).not.toBe(first);
      expect(disabled.find((entry) => entry.id === 'pengumuman')?.status).toBe('disabled');
      expect(await read()).toBe(disabled);

      // The monitor (another process too) finds an app down: the portal must be told without a catalog change.
      await createProbeStore(other.db).record(
        'jdih',
        probeAt('2026-12-04T03:00:00.000Z', { status: 'down' }),
        1,
      );
      const down = await read();
      expect(down).not.toBe(disabled);
      expect(down.find((entry) => entry.id === 'jdih')).toMatchObject({
        availability: { status: 'down', since: '2026-12-04T03:00:00.000Z' },
      });
    },
  );
});
