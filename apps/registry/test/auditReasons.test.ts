import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, type TestUser } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface AuditRecord {
  action: string;
  actor: string;
  version: string | null;
  reason: string | null;
}

describe.each(engines)('reasons in the audit log, on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry?.close());

  /** A person signed in to the console (client bas-console), as the operations console sends their token. */
  const inConsole = async (user: TestUser) => ({
    authorization: `Bearer ${await registry.idp.sign(user, { claims: { azp: 'bas-console' } })}`,
  });
  const publish = (id: string, version: string) =>
    registry.call('POST', `/api/apps/${id}/versions?existingApp=true`, {
      as: users.devDisdukcapil,
      body: { ...seedEntry(id), version },
    });
  const auditOf = async (id: string) =>
    (
      (await registry.call('GET', `/api/audit?app=${id}`, { as: users.admin })).json() as {
        records: AuditRecord[];
      }
    ).records;
  const statusOf = async (id: string) =>
    ((await registry.call('GET', `/api/apps/${id}`, { as: users.admin })).json() as { status: string })
      .status;

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rules', () => {
    it('keeps why an admin in the console disabled, enabled, approved and rolled back, and shows it in the log', async () => {
      const headers = await inConsole(users.admin);
      const app = 'akta-kelahiran';
      const original = seedEntry(app).version;
      const steps = [
        [
          'POST',
          `/api/apps/${app}/disable`,
          { reason: 'Data warga bocor lewat formulir; ditutup sementara.' },
        ],
        ['POST', `/api/apps/${app}/enable`, { reason: 'Celah sudah ditambal (tiket #4411).' }],
      ] as const;
      for (const [method, url, body] of steps) {
        const answer = await registry.call(method, url, { headers, body });
        expect(answer.status, answer.body).toBe(200);
      }
      expect((await publish(app, '9.0.0')).status).toBe(201);
      const approved = await registry.call('POST', `/api/apps/${app}/versions/9.0.0/approve`, {
        headers,
        body: { reason: 'Diperiksa bersama Disdukcapil.' },
      });
      expect(approved.status, approved.body).toBe(200);
      const rolledBack = await registry.call('POST', `/api/apps/${app}/rollback`, {
        headers,
        body: { version: original, reason: '  Formulir baru gagal di Safari.  ' },
      });
      expect(rolledBack.status, rolledBack.body).toBe(200);

      const records = await auditOf(app);
      expect(records.slice(0, 5).map(({ action, reason }) => ({ action, reason }))).toEqual([
        // Spaces around a reason are not part of it.
        { action: 'rollback', reason: 'Formulir baru gagal di Safari.' },
        { action: 'approve', reason: 'Diperiksa bersama Disdukcapil.' },
        { action: 'publish', reason: null },
        { action: 'enable', reason: 'Celah sudah ditambal (tiket #4411).' },
        { action: 'disable', reason: 'Data warga bocor lewat formulir; ditutup sementara.' },
      ]);
    });

    it('asks a person in the console why they reject, disable or roll back, and changes nothing until they say', async () => {
      const headers = await inConsole(users.admin);
      expect((await publish('pindah-datang', '9.0.0')).status).toBe(201);
      const refusals = [
        ['DELETE', '/api/apps/pindah-datang/versions/9.0.0', undefined, 'reject a version'],
        ['POST', '/api/apps/pindah-datang/disable', undefined, 'disable an app'],
        ['POST', '/api/apps/pindah-datang/disable', {}, 'disable an app'],
        ['POST', '/api/apps/pindah-datang/rollback', { version: '1.0.0' }, 'roll back an app'],
      ] as const;
      for (const [method, url, body, what] of refusals) {
        const answer = await registry.call(method, url, { headers, ...(body === undefined ? {} : { body }) });
        expect(answer.status, `${method} ${url}`).toBe(400);
        expect(answer.json()).toEqual({
          code: 'VALIDATION_FAILED',
          message: `body.reason: is required to ${what} from the console: send { "reason": "…" } saying why (1 to 500 characters); it is kept in the audit log.`,
          path: 'body.reason',
          issues: [{ path: 'body.reason', message: `is required to ${what} from the console` }],
        });
      }
      expect(await statusOf('pindah-datang')).toBe('active');
      const app = (await registry.call('GET', '/api/apps/pindah-datang', { as: users.admin })).json() as {
        versions: Array<{ version: string }>;
      };
      expect(app.versions.map((version) => version.version)).toContain('9.0.0');

      // Putting an app back, approving and releasing need no reason.
      const enabled = await registry.call('POST', '/api/apps/pindah-datang/enable', { headers });
      expect(enabled.status).toBe(200);

      // Their own agency's developer withdraws a version from the console with a reason.
      const withdrawn = await registry.call('DELETE', '/api/apps/pindah-datang/versions/9.0.0', {
        headers: await inConsole(users.devDisdukcapil),
        body: { reason: 'Salah unggah: build staging.' },
      });
      expect(withdrawn.status, withdrawn.body).toBe(200);
      expect((await auditOf('pindah-datang'))[0]).toMatchObject({
        action: 'reject',
        actor: 'dev.disdukcapil',
        version: '9.0.0',
        reason: 'Salah unggah: build staging.',
      });
    });

    it('lets bas-remote go on as before: no body, no reason', async () => {
      expect((await publish('akta-kematian', '9.0.0')).status).toBe(201);
      const calls = [
        ['DELETE', '/api/apps/akta-kematian/versions/9.0.0'],
        ['POST', '/api/apps/akta-kematian/disable'],
        ['POST', '/api/apps/akta-kematian/enable'],
      ] as const;
      for (const [method, url] of calls) {
        const answer = await registry.call(method, url, { as: users.admin });
        expect(answer.status, `${method} ${url}: ${answer.body}`).toBe(200);
      }
      const records = await auditOf('akta-kematian');
      expect(records.slice(0, 3).map(({ action, reason }) => ({ action, reason }))).toEqual([
        { action: 'enable', reason: null },
        { action: 'disable', reason: null },
        { action: 'reject', reason: null },
      ]);
    });

    it('records why an admin released an id nobody approved', async () => {
      const entry = {
        ...seedEntry('antrean-disdukcapil'),
        id: 'klaim-alasan',
        route: 'klaim-alasan',
        version: '1.0.0',
      };
      const published = await registry.call('POST', '/api/apps/klaim-alasan/versions', {
        as: users.devDisdukcapil,
        body: entry,
      });
      expect(published.status).toBe(201);
      const released = await registry.call('DELETE', '/api/apps/klaim-alasan', {
        headers: await inConsole(users.admin),
        body: { reason: 'Tidak ada tindak lanjut selama 90 hari.' },
      });
      expect(released.status, released.body).toBe(200);
      expect((await auditOf('klaim-alasan'))[0]).toMatchObject({
        action: 'release',
        reason: 'Tidak ada tindak lanjut selama 90 hari.',
      });
    });

    it('refuses a reason that is not plain text, and says which field and why', async () => {
      const headers = await inConsole(users.admin);
      const cases = [
        {
          reason: 'Disetujui\u202e.exe',
          message:
            'body.reason: contains U+202E (right-to-left override), which can disguise text; remove it',
        },
        {
          reason: 'Ditolak\u0000',
          message: 'body.reason: contains U+0000 (a control character: null), which is not text; remove it',
        },
        { reason: 'x'.repeat(501), message: 'body.reason: must be at most 500 characters' },
        { reason: '   ', message: 'body.reason: must not be empty: say in a few words why' },
        { reason: 42, message: 'body.reason: must be a string (got a number)' },
      ];
      for (const { reason, message } of cases) {
        const answer = await registry.call('POST', '/api/apps/akta-kelahiran/disable', {
          headers,
          body: { reason },
        });
        expect(answer.status, JSON.stringify(reason)).toBe(400);
        expect(answer.json(), JSON.stringify(reason)).toMatchObject({
          code: 'VALIDATION_FAILED',
          path: 'body.reason',
          message,
        });
      }
      // A misspelt field is no reason: where one is required, the person is asked for it.
      const misspelt = await registry.call('POST', '/api/apps/akta-kelahiran/disable', {
        headers,
        body: { reasn: 'Data bocor.' },
      });
      expect(misspelt.status).toBe(400);
      expect(misspelt.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'body.reason' });
      // Someone refused for who they are hears that, whatever else the body holds (as before it took a reason).
      const civilServant = await registry.call('POST', '/api/apps/akta-kelahiran/versions/1.0.0/approve', {
        headers: await inConsole(users.asnDisdukcapil),
        body: { reason: 'coba', version: '0.0.1' },
      });
      expect(civilServant.status).toBe(403);
      expect(await statusOf('akta-kelahiran')).toBe('active');
    });

    it("answers another agency's developer with a reason as it answers an absent app", async () => {
      expect((await publish('kia', '9.0.0')).status).toBe(201);
      const headers = await inConsole(users.devBkpsdm);
      const body = { reason: 'Bukan aplikasi kami, tapi coba saja.' };
      const foreign = await registry.call('DELETE', '/api/apps/kia/versions/9.0.0', { headers, body });
      const absent = await registry.call('DELETE', '/api/apps/tidak-ada/versions/9.0.0', { headers, body });
      expect(foreign.status).toBe(404);
      expect(foreign.json()).toEqual({
        code: 'NOT_FOUND',
        message: 'There is no app "kia" in the catalog.',
      });
      expect(absent.json()).toEqual({
        code: 'NOT_FOUND',
        message: 'There is no app "tidak-ada" in the catalog.',
      });
    });
  });
});
