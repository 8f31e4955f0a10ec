import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import { createPersonRequests } from '../src/requests/createPersonRequests.ts';
import { users, type TestUser } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

const report = (status = 'Diverifikasi') => ({
  title: { id: 'Kartu Keluarga baru', en: 'New family card' },
  status,
  steps: [
    { label: 'Diajukan', state: 'done', date: '2026-05-04' },
    { label: { id: 'Diverifikasi', en: 'Verified' }, state: 'current' },
    { label: 'Siap diambil', state: 'upcoming' },
  ],
  link: 'status/KK-2026-0042',
});

/** The seed catalog's agencies of the apps these tests report for. */
const agencyOf = (path: string) => (path.startsWith('dokumen-kependudukan/') ? 'disdukcapil' : 'diskominfo');

describe.each(engines)("a person's own requests, on %s", (engine) => {
  let registry: TestRegistry;
  const portal = async (user: TestUser) =>
    `Bearer ${await registry.idp.sign(user, { claims: { azp: 'bas-shell' } })}`;
  /** As the auth frame writes: as the agency whose code runs in the tab, by default the app's own. */
  const put = async (authorization: string, path: string, body: unknown, agency = agencyOf(path)) =>
    registry.call('PUT', `/api/me/agencies/${agency}/requests/${path}`, { headers: { authorization }, body });
  const list = async (authorization: string, agency?: string) =>
    registry.call('GET', agency === undefined ? '/api/me/requests' : `/api/me/agencies/${agency}/requests`, {
      headers: { authorization },
    });
  const problem = (response: { json(): unknown }) => response.json() as { code: string; message: string };

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the routes', () => {
    beforeAll(async () => {
      registry = await startTestRegistry(engine);
    });
    afterAll(() => registry.close());

    it('keeps what the portal reports for the person, updated under the same id, newest first', async () => {
      const siti = await portal(users.warga);
      expect((await put(siti, 'dokumen-kependudukan/KK-2026-0042', report('Diajukan'))).status).toBe(204);
      expect((await put(siti, 'aduan-warga/ADU-7', { ...report('Selesai'), steps: [] })).status).toBe(400);
      const done = {
        ...report('Selesai'),
        steps: [{ label: 'Selesai', state: 'done' }],
        link: 'aduan/ADU-7',
      };
      expect((await put(siti, 'aduan-warga/ADU-7', done)).status).toBe(204);
      expect((await put(siti, 'dokumen-kependudukan/KK-2026-0042', report())).status).toBe(204);
      const answer = await list(siti);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('private, no-store');
      expect(answer.json()).toMatchObject({
        retentionDays: 730,
        requests: [
          { appId: 'dokumen-kependudukan', id: 'KK-2026-0042', status: 'Diverifikasi', finished: false },
          { appId: 'aduan-warga', id: 'ADU-7', status: 'Selesai', finished: true },
        ],
      });
    });

    it("keeps one agency's code to its own apps: it writes and reads for them only", async () => {
      // A person of their own, so the other tests' lists stay as they expect.
      const siti = await portal(users.devBkpsdm);
      expect((await put(siti, 'dokumen-kependudukan/KK-7', report())).status).toBe(204);
      expect((await put(siti, 'aduan-warga/ADU-8', report())).status).toBe(204);
      // Diskominfo's code, in a tab bound to Diskominfo, claims a Disdukcapil app's request.
      const forged = await put(siti, 'dokumen-kependudukan/KK-FORGED', report('Ditolak'), 'diskominfo');
      expect(forged.status).toBe(403);
      expect(problem(forged).message).toBe(
        'dokumen-kependudukan belongs to disdukcapil, not to diskominfo: an app reports its own requests only.',
      );
      const seen = (answer: { json(): unknown }) =>
        (answer.json() as { requests: Array<{ id: string }> }).requests.map((request) => request.id);
      const diskominfo = seen(await list(siti, 'diskominfo'));
      expect(diskominfo).toContain('ADU-8');
      expect(diskominfo).not.toContain('KK-7');
      expect(seen(await list(siti, 'disdukcapil'))).not.toContain('ADU-8');
      expect(seen(await list(siti))).toEqual(expect.arrayContaining(['KK-7', 'ADU-8']));
      expect(seen(await list(siti))).not.toContain('KK-FORGED');
    });

    it("never shows one person another's requests, whatever they name", async () => {
      const other = await portal(users.asnDisdukcapil);
      expect((await list(other)).json()).toEqual({ retentionDays: 730, requests: [] });
      // Writing under the same app and id changes the other person's own list only.
      expect((await put(other, 'dokumen-kependudukan/KK-2026-0042', report('Ditolak'))).status).toBe(204);
      const siti = (await list(await portal(users.warga))).json() as { requests: Array<{ status: string }> };
      expect(siti.requests.map((request) => request.status)).toEqual(['Diverifikasi', 'Selesai']);
      const theirs = (await list(other)).json() as { requests: Array<{ status: string }> };
      expect(theirs.requests.map((request) => request.status)).toEqual(['Ditolak']);
    });

    it("refuses every token but the portal's: CLI, console, an agency's, a publish token, another audience", async () => {
      for (const azp of ['bas-cli', 'bas-console', 'bas-portal']) {
        const token = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp } })}`;
        const answer = await list(token);
        expect(answer.status, azp).toBe(403);
        expect(problem(answer).message).toContain(
          `A token of ${azp} may not read or write a person's requests`,
        );
        expect((await put(token, 'aduan-warga/X-1', report())).status, azp).toBe(403);
      }
      // An agency's own token (what agency code holds) is for its API, not the registry.
      const agency = await registry.idp.sign(users.warga, {
        audience: 'api-disdukcapil',
        claims: { azp: 'bas-portal' },
      });
      expect(problem(await list(`Bearer ${agency}`))).toMatchObject({
        code: 'TOKEN_INVALID',
        message: expect.stringContaining('"aud"'),
      });
      const forged = await registry.idp.sign(users.warga, { forged: true, claims: { azp: 'bas-shell' } });
      expect((await list(`Bearer ${forged}`)).status).toBe(401);
      expect(problem(await list(''))).toMatchObject({ code: 'TOKEN_MISSING' });
      const made = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devDisdukcapil,
        body: {},
      });
      const { token } = made.json() as { token: string };
      expect((await list(`Bearer ${token}`)).status).toBe(403);
    });

    it('keeps refusing the portal token for catalog work', async () => {
      const siti = await portal(users.admin);
      expect((await registry.call('GET', '/api/audit', { headers: { authorization: siti } })).status).toBe(
        403,
      );
    });

    it('refuses bad input, saying what was wrong', async () => {
      const siti = await portal(users.warga);
      const cases: Array<[string, unknown, string]> = [
        ['aduan-warga/ADU-1', { ...report(), link: 'https://evil.example/x' }, 'body.link'],
        ['aduan-warga/ADU-1', { ...report(), link: '/layanan/lain' }, 'body.link'],
        ['aduan-warga/ADU-1', { ...report(), link: '../cuti-online' }, 'body.link'],
        ['aduan-warga/ADU-1', { ...report(), title: 'x'.repeat(121) }, 'body.title'],
        ['aduan-warga/ADU-1', { ...report(), steps: Array(13).fill(report().steps[0]) }, 'body.steps'],
        ['aduan-warga/ADU-1', { ...report(), steps: [{ label: 'A', state: 'finished' }] }, 'body.steps'],
        [
          'aduan-warga/ADU-1',
          { ...report(), steps: [{ label: 'A', state: 'done', date: 'kemarin' }] },
          'body',
        ],
        ['aduan-warga/ADU-1', { ...report(), appId: 'cuti-online' }, 'body'],
        ['aduan-warga/bad%20id', report(), 'params.requestId'],
      ];
      for (const [path, body, where] of cases) {
        const answer = await put(siti, path, body);
        expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(problem(answer)).toMatchObject({
          code: 'VALIDATION_FAILED',
          message: expect.stringContaining(where),
        });
      }
      const unknown = await put(siti, 'tidak-ada/ADU-1', report());
      expect(unknown.status).toBe(404);
      const oversized = await put(siti, 'aduan-warga/ADU-1', { ...report(), padding: 'x'.repeat(20_000) });
      expect(problem(oversized)).toMatchObject({ code: 'BODY_TOO_LARGE' });
    });

    it('bounds how many requests an app keeps for one person', async () => {
      const asn = await portal(users.asnBkpsdm);
      for (let index = 0; index < 100; index += 1) {
        expect((await put(asn, `skm/S-${index}`, report())).status).toBe(204);
      }
      const more = await put(asn, 'skm/S-100', report());
      expect(problem(more)).toMatchObject({ code: 'LIMIT_REACHED' });
      expect((await put(asn, 'skm/S-7', report('Selesai'))).status).toBe(204);
    });

    it('deletes requests two years after their last update, and keeps them until then', async () => {
      // A second connection to the same storage, whose clock runs ahead.
      const { db } = await createDatabase(registry.storage);
      const day = 24 * 3600 * 1000;
      try {
        expect(
          await createPersonRequests(db, () => new Date(Date.now() + 729 * day)).list('user-warga'),
        ).toHaveLength(2);
        expect(
          await createPersonRequests(db, () => new Date(Date.now() + 731 * day)).list('user-warga'),
        ).toEqual([]);
      } finally {
        await db.destroy();
      }
      expect(((await list(await portal(users.warga))).json() as { requests: unknown[] }).requests).toEqual(
        [],
      );
    });
  });
});
