import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Counts {
  counts: Array<{ kind: string; name: string; count: number }>;
}

describe.each(engines)('telemetry on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  const at = new Date().toISOString();
  const send = (records: unknown[]) => registry.call('POST', '/api/telemetry', { body: { records } });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('apps report, their agency reads', () => {
    it("stores a batch from the shell and counts it for the app's agency", async () => {
      const response = await send([
        {
          appId: 'dokumen-kependudukan',
          kind: 'event',
          name: 'permohonan-dikirim',
          data: { document: 'kk' },
          at,
        },
        { appId: 'dokumen-kependudukan', kind: 'event', name: 'permohonan-dikirim', at },
        { appId: 'dokumen-kependudukan', kind: 'error', name: 'TypeError', data: { message: 'x' }, at },
        { appId: 'tidak-ada-di-katalog', kind: 'event', name: 'dibuka', at },
      ]);
      expect(response.status).toBe(202);
      // Records of apps the catalog does not know are dropped, so nobody can fill the table with made-up apps.
      expect(response.json()).toEqual({ accepted: 3 });

      const counts = await registry.call('GET', '/api/apps/dokumen-kependudukan/telemetry', {
        as: users.devDisdukcapil,
      });
      expect(counts.status).toBe(200);
      expect((counts.json() as Counts).counts).toEqual([
        expect.objectContaining({ kind: 'event', name: 'permohonan-dikirim', count: 2 }),
        expect.objectContaining({ kind: 'error', name: 'TypeError', count: 1 }),
      ]);
    });

    it("keeps an app's counts from other agencies' developers and from citizens", async () => {
      const asBkpsdm = await registry.call('GET', '/api/apps/dokumen-kependudukan/telemetry', {
        as: users.devBkpsdm,
      });
      expect(asBkpsdm.status).toBe(403);
      const anonymous = await registry.call('GET', '/api/apps/dokumen-kependudukan/telemetry');
      expect(anonymous.status).toBe(401);
    });

    it('refuses a batch with personal data in nested objects or a malformed name, naming the field', async () => {
      const nested = await send([
        { appId: 'pengumuman', kind: 'event', name: 'dibuka', data: { pemohon: { nik: '3271' } }, at },
      ]);
      expect(nested.status).toBe(400);
      expect(nested.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      const badName = await send([{ appId: 'pengumuman', kind: 'event', name: 'klik <script>', at }]);
      expect(badName.status).toBe(400);
      expect((badName.json() as { message: string }).message).toContain('must be a short name');
      expect((await send([])).status).toBe(400);
    });
  });
});
