import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingVersionLimit } from '../src/catalog/pendingVersionLimit.ts';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface AppBody {
  currentVersion: string | null;
  versions: Array<{ version: string; state: string }>;
}

describe.each(engines)('durability on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('concurrency and restarts', () => {
    it('records every one of 50 concurrent publishes to one app it accepts, and accepts no more than the limit', async () => {
      const base = seedEntry('dokumen-kependudukan');
      const versions = Array.from({ length: 50 }, (_, index) => `20.0.${index}`);
      const responses = await Promise.all(
        versions.map((version) =>
          registry.call('POST', '/api/apps/dokumen-kependudukan/versions?existingApp=true', {
            as: users.devDisdukcapil,
            body: { ...base, version },
          }),
        ),
      );
      const accepted = versions.filter((_, index) => responses[index]?.status === 201);
      expect(accepted).toHaveLength(pendingVersionLimit);
      const refused = responses.filter((response) => response.status !== 201);
      expect(refused.map((response) => (response.json() as { code: string }).code)).toEqual(
        refused.map(() => 'LIMIT_REACHED'),
      );
      const app = (
        await registry.call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })
      ).json() as AppBody;
      const pending = app.versions
        .filter((version) => version.state === 'pending')
        .map((version) => version.version);
      expect(pending.sort()).toEqual([...accepted].sort());
      const audit = (
        await registry.call('GET', '/api/audit?app=dokumen-kependudukan&limit=500', { as: users.admin })
      ).json() as {
        records: Array<{ action: string }>;
      };
      expect(audit.records.filter((record) => record.action === 'publish')).toHaveLength(pendingVersionLimit);
    });

    it('keeps the catalog, the versions and the audit log across a restart', async () => {
      const first = (
        (await registry.call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })).json() as AppBody
      ).versions.find((version) => version.state === 'pending');
      await registry.call('POST', `/api/apps/dokumen-kependudukan/versions/${first?.version ?? ''}/approve`, {
        as: users.admin,
      });
      await registry.call('POST', '/api/apps/jdih/disable', { as: users.admin });
      const before = await registry.call('GET', '/api/manifest', { as: users.admin });
      const auditBefore = await registry.call('GET', '/api/audit?limit=500', { as: users.admin });

      await registry.restart();

      const after = await registry.call('GET', '/api/manifest', { as: users.admin });
      expect(after.json()).toEqual(before.json());
      expect((await registry.call('GET', '/api/audit?limit=500', { as: users.admin })).json()).toEqual(
        auditBefore.json(),
      );
      const app = (
        await registry.call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })
      ).json() as AppBody;
      expect(app.currentVersion).toBe(first?.version);
      expect(app.versions).toHaveLength(pendingVersionLimit + 1);
    });
  });
});
