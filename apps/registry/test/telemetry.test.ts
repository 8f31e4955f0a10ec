import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Counts {
  counts: Array<{ kind: string; name: string; count: number; last: string }>;
}

describe.each(engines)('telemetry on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  const at = new Date().toISOString();
  const send = (records: unknown[], options: { as?: (typeof users)[keyof typeof users] } = {}) =>
    registry.call('POST', '/api/telemetry', { body: { records }, ...options });
  const counts = async (appId: string, query = '') =>
    (
      (
        await registry.call('GET', `/api/apps/${appId}/telemetry${query}`, { as: users.admin })
      ).json() as Counts
    ).counts;

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
      // Taken, and nothing said about which records were kept (see telemetryAbuse.test.ts).
      expect(response.status).toBe(202);
      expect(response.body).toBe('');

      const read = await registry.call('GET', '/api/apps/dokumen-kependudukan/telemetry', {
        as: users.devDisdukcapil,
      });
      expect(read.status).toBe(200);
      expect((read.json() as Counts).counts).toEqual([
        expect.objectContaining({ kind: 'event', name: 'permohonan-dikirim', count: 2 }),
        expect.objectContaining({ kind: 'error', name: 'TypeError', count: 1 }),
      ]);
    });

    it("keeps an app's counts from other agencies' developers and from citizens, as if it did not exist", async () => {
      const read = (appId: string, as?: (typeof users)[keyof typeof users]) =>
        registry.call('GET', `/api/apps/${appId}/telemetry`, as === undefined ? {} : { as });
      const asBkpsdm = await read('dokumen-kependudukan', users.devBkpsdm);
      const absent = await read('tidak-ada-di-katalog', users.devBkpsdm);
      expect(asBkpsdm.status).toBe(404);
      expect((asBkpsdm.json() as { message: string }).message).toBe(
        (absent.json() as { message: string }).message.replace(
          'tidak-ada-di-katalog',
          'dokumen-kependudukan',
        ),
      );
      expect((await read('dokumen-kependudukan')).status).toBe(401);
      expect((await read('tidak-ada-di-katalog')).status).toBe(401);
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

    it('stamps records with the time the registry received them, whatever time the sender claims', async () => {
      const before = new Date().toISOString();
      await send([
        // A time long past would hide the records from every count; one in the future would keep them forever.
        { appId: 'ppid', kind: 'event', name: 'dari-masa-lalu', at: '2001-01-01T00:00:00.000Z' },
        { appId: 'ppid', kind: 'event', name: 'dari-masa-depan', at: '2099-01-01T00:00:00.000Z' },
        { appId: 'ppid', kind: 'event', name: 'tanpa-waktu' },
      ]);
      const after = new Date().toISOString();
      const recent = await counts('ppid', `?since=${before}`);
      expect(recent.map((count) => count.name).sort()).toEqual([
        'dari-masa-depan',
        'dari-masa-lalu',
        'tanpa-waktu',
      ]);
      for (const count of recent) {
        expect(count.last >= before && count.last <= after).toBe(true);
      }
      // The same moment written without milliseconds, as a person types it: every record since then still counts.
      const typed = `${before.slice(0, 19)}Z`;
      expect((await counts('ppid', `?since=${typed}`)).map((count) => count.name).sort()).toEqual([
        'dari-masa-depan',
        'dari-masa-lalu',
        'tanpa-waktu',
      ]);
    });

    it("records an internal app's telemetry for a civil servant who sees it, never for an anonymous sender", async () => {
      const record = { appId: 'e-office', kind: 'event', name: 'surat-dibuka' };
      expect((await send([record])).status).toBe(202);
      expect(await counts('e-office')).toEqual([]);
      expect((await send([record], { as: users.asnDisdukcapil })).status).toBe(202);
      expect(await counts('e-office')).toEqual([expect.objectContaining({ name: 'surat-dibuka', count: 1 })]);
    });
  });
});
