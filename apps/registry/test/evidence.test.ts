import type { ManifestEntry } from '@bas/manifest';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRegistry, type Registry } from '../src/buildRegistry.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import type { Database } from '../src/db/schema.ts';
import { evidenceJsonSchema, evidenceSchema, type Evidence } from '@bas/manifest/evidence';
import { fixDate } from './support/fixDate.ts';
import { handCheckedAnswers } from './support/handCheckedAnswers.ts';
import { sameScores } from './support/sameScores.ts';
import { seedOpenings } from './support/seedOpenings.ts';
import { seedProbeDays } from './support/seedProbeDays.ts';
import { startIdentityProvider, users, type TestUser } from './support/startIdentityProvider.ts';
import { seedEntry } from './support/startTestRegistry.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

/** The moment the evidence is read at: December 2026, with the year's figures stored. */
const now = '2026-12-15T12:30:00.000Z';
const devBapenda: TestUser = { username: 'dev.bapenda', roles: ['developer'], agency: 'bapenda' };

/** The screen pbb-online's entry declares for the evidence's screenshots. */
const pbbScreen = { id: 'Tagihan PBB tahun berjalan', en: "This year's property tax bill" };

/**
 * pbb-online (indicator 45) with every kind of evidence, an owner phone among them; lapor-jalan (42) probed only;
 * e-office (37, internal) with nothing measured; jdih disabled, so not in the evidence.
 */
function catalog(): ManifestEntry[] {
  const pbb = seedEntry('pbb-online');
  pbb.owner = { ...pbb.owner, phone: '+62 251 8321075' };
  pbb.evidence = { screens: [{ path: 'tagihan?tahun=2026', caption: pbbScreen }] };
  const jdih = seedEntry('jdih');
  jdih.status = 'disabled';
  return [pbb, seedEntry('lapor-jalan'), seedEntry('e-office'), jdih];
}

describe.each(engines)('the SPBE evidence on %s', (engine) => {
  const skip = engine === 'postgres' && !postgresAvailable();
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let registry: Registry;
  /** The database, opened beside the registry, to store what the monitor and the shell would have. */
  let db: Kysely<Database>;

  beforeAll(async () => {
    if (skip) return;
    idp = await startIdentityProvider();
    const storage = await freshStorage(engine);
    registry = await buildRegistry({
      ...storage,
      environment: 'development',
      oidc: idp.oidc,
      seed: catalog(),
    });
    db = (await createDatabase(storage)).db;
    // pbb-online's probes per day in 2025 and 2026, lapor-jalan's on one day of 2026.
    await seedProbeDays(db, [
      { app_id: 'pbb-online', day: '2025-12-31', probes: 500, ok: 0 },
      { app_id: 'pbb-online', day: '2026-01-10', probes: 1000, ok: 990 },
      { app_id: 'pbb-online', day: '2026-12-14', probes: 1440, ok: 1440 },
      { app_id: 'lapor-jalan', day: '2026-06-01', probes: 100, ok: 100 },
    ]);
    // pbb-online's openings, rolled up through 11:00 on 15 December 2026: hourly counts (with the raw samples of
    // March's hour still kept, which must not count twice), and raw samples only after.
    await seedOpenings(db, 'pbb-online', {
      hourly: [
        ['2025-12-31T23:00:00.000Z', 'open', '', 99],
        ['2026-01-05T10:00:00.000Z', 'open', '', 40],
        ['2026-01-05T10:00:00.000Z', 'open', 'timeout', 2],
        ['2026-01-05T10:00:00.000Z', 'LCP', '', 50],
        ['2026-03-01T00:00:00.000Z', 'open', '', 10],
      ],
      through: '2026-12-15T11:00:00.000Z',
      samples: [
        // Of an hour rolled up: the same openings as its hourly count.
        ['2026-03-01T00:10:00.000Z', 'open', '', 10],
        // Not rolled up yet.
        ['2026-12-15T11:10:00.000Z', 'open', '', 3],
        ['2026-12-15T12:00:00.000Z', 'open', 'network', 1],
        ['2026-12-15T12:05:00.000Z', 'LCP', '', 1],
      ],
    });
    // A 2025 answer, stored as the route stores one: only the 2025 evidence counts it.
    await db
      .insertInto('survey_answers')
      .values({
        app_id: 'pbb-online',
        period: '2025',
        received_at: '2025-06-01T00:00:00.000Z',
        ...Object.fromEntries(sameScores(1).map((score, index) => [`u${index + 1}`, score])),
      } as Database['survey_answers'])
      .execute();
  });
  afterAll(async () => {
    await db?.destroy();
    await registry?.close();
    await idp?.close();
  });
  fixDate(now);

  const call = async (
    method: 'GET' | 'POST',
    url: string,
    as?: TestUser,
    body?: unknown,
    claims?: { azp: string },
  ) => {
    const headers: Record<string, string> = {};
    if (as !== undefined) headers.authorization = `Bearer ${await idp.sign(as, { claims: { ...claims } })}`;
    const response = await registry.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, body: response.body, json: () => response.json() as unknown };
  };
  const evidence = async (query = '') =>
    (await call('GET', `/api/evidence${query}`, users.admin)).json() as Evidence;
  const serviceOf = (read: Evidence, id: string) => read.services.find((service) => service.id === id);

  describe.skipIf(skip)('GET /api/evidence', () => {
    beforeAll(async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
      // Three answers to pbb-online's survey this year, through the route (IKM 82.41, B by hand).
      for (const scores of handCheckedAnswers) {
        expect(
          (await call('POST', '/api/apps/pbb-online/survey-answers', undefined, { scores })).status,
        ).toBe(202);
      }
      // A new app of bapenda, published and not approved: no evidence of it.
      const entry = { ...seedEntry('e-bphtb'), id: 'pbb-baru', route: 'pbb-baru', version: '1.0.0' };
      expect((await call('POST', '/api/apps/pbb-baru/versions', devBapenda, entry)).status).toBe(201);
      vi.useRealTimers();
    });

    it('lists every active app with an approved version, of all roles, by indicator', async () => {
      const read = await evidence();
      expect(read.period).toBe('2026');
      expect(read.generatedAt).toBe(now);
      expect(read.services.map(({ id, indicator, role }) => [id, indicator, role])).toEqual([
        ['e-office', 37, 'internal'],
        ['lapor-jalan', 42, 'public'],
        ['pbb-online', 45, 'public'],
      ]);
    });

    it('gives the numbers stored: probes of the year, each opening once across the roll-up, the year’s answers', async () => {
      const pbb = serviceOf(await evidence(), 'pbb-online');
      expect(pbb).toMatchObject({
        name: { id: seedEntry('pbb-online').name.id },
        agency: { code: 'bapenda', name: 'Badan Pendapatan Daerah' },
        owner: { phone: '+62 251 8321075' },
        applicationType: seedEntry('pbb-online').spbe.applicationType,
        serviceType: 'public',
        kind: 'federated',
        url: { portal: '/layanan/pbb-online', standalone: 'https://pbb-online.kotabogor.go.id/' },
        // 2026-01-10: 1,000 probes, 990 passed; 2026-12-14: 1,440, all passed. 2025-12-31's 500 are of 2025.
        uptime: { probes: 2440, ok: 2430, ratio: 0.9959 },
        // January 42 (2 failed) and March 10 from the hourly counts, December 4 (1 failed) raw, not rolled up yet.
        loadSuccess: { attempts: 56, failed: 3, ratio: 0.9464 },
        satisfaction: { answers: 3, ikm: 82.41, grade: 'B' },
        complaints: null,
        gaps: [],
      });
      expect(pbb?.opensByMonth).toEqual(
        [42, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 4].map((opens, at) => ({
          month: `2026-${String(at + 1).padStart(2, '0')}`,
          opens,
        })),
      );
      expect(pbb?.statement).toBe(
        `Layanan Publik Sektor 1 dibuktikan berupa aplikasi ${seedEntry('pbb-online').name.id} yang dikelola Badan Pendapatan Daerah pada data dukung: halaman /layanan/pbb-online di portal BAS dan alamat https://pbb-online.kotabogor.go.id/; ketersediaan 99,59 % dari 2.440 pemeriksaan pemantau tahun 2026; 56 pembukaan aplikasi tercatat tahun 2026; IKM 82,41 (mutu B) dari 3 responden.`,
      );
    });

    it('passes on the screens an entry declares for the screenshots, and none for an entry that declares none', async () => {
      const read = await evidence();
      expect(serviceOf(read, 'pbb-online')?.screens).toEqual([
        { path: 'tagihan?tahun=2026', caption: pbbScreen },
      ]);
      expect(serviceOf(read, 'lapor-jalan')?.screens).toEqual([]);
    });

    it('reads another year from that year’s rows alone', async () => {
      const pbb = serviceOf(await evidence('?period=2025'), 'pbb-online');
      expect(pbb).toMatchObject({
        uptime: { probes: 500, ok: 0, ratio: 0 },
        loadSuccess: { attempts: 99, failed: 0, ratio: 1 },
        satisfaction: { answers: 1, ikm: 25, grade: 'D' },
      });
      expect(pbb?.opensByMonth.at(-1)).toEqual({ month: '2025-12', opens: 99 });
    });

    it('lists what each service lacks, and sums the services per indicator', async () => {
      const read = await evidence();
      expect(serviceOf(read, 'e-office')).toMatchObject({
        owner: { phone: null },
        uptime: { probes: 0, ok: 0, ratio: null },
        loadSuccess: { attempts: 0, failed: 0, ratio: null },
        satisfaction: { answers: 0, ikm: null, grade: null },
        gaps: ['owner-phone', 'uptime-unknown', 'no-usage', 'no-survey'],
      });
      expect(serviceOf(read, 'e-office')?.statement).toBe(
        `Layanan Kearsipan Dinamis dibuktikan berupa aplikasi ${seedEntry('e-office').name.id} yang dikelola Sekretariat Daerah pada data dukung: halaman /layanan/e-office di portal BAS dan alamat https://e-office.kotabogor.go.id/.`,
      );
      expect(serviceOf(read, 'lapor-jalan')?.gaps).toEqual(['owner-phone', 'no-usage', 'no-survey']);
      expect(read.indicators.map(({ indicator }) => indicator)).toEqual(
        Array.from({ length: 16 }, (_, at) => 32 + at),
      );
      const indicator = (number: number) => read.indicators.find((row) => row.indicator === number);
      expect(indicator(45)).toEqual({
        indicator: 45,
        title: 'Layanan Publik Sektor 1',
        aspect: 'public',
        services: 1,
        uptime: 0.9959,
        opens: 56,
        ikm: 82.41,
        completeness: 1,
      });
      expect(indicator(42)).toMatchObject({
        services: 1,
        uptime: 1,
        opens: 0,
        ikm: null,
        completeness: 0.25,
      });
      expect(indicator(37)).toMatchObject({
        title: 'Layanan Kearsipan Dinamis',
        services: 1,
        uptime: null,
        completeness: 0,
      });
      expect(indicator(32)).toMatchObject({
        title: 'Layanan Perencanaan',
        services: 0,
        uptime: null,
        opens: 0,
        ikm: null,
        completeness: 0,
      });
    });

    it('validates against its own schema, which is exported as JSON Schema too', async () => {
      const read = await evidence();
      expect(evidenceSchema.safeParse(read).success).toBe(true);
      expect(Object.keys(read.sources)).toEqual(
        expect.arrayContaining(['uptime', 'loadSuccess', 'opens', 'satisfaction', 'complaints']),
      );
      expect(evidenceJsonSchema).toMatchObject({
        type: 'object',
        required: expect.arrayContaining(['period', 'generatedAt', 'sources', 'indicators', 'services']),
      });
      // What the schema refuses: a service without its gaps.
      const broken = structuredClone(read) as { services: Array<Record<string, unknown>> };
      delete broken.services[0]?.gaps;
      expect(evidenceSchema.safeParse(broken).success).toBe(false);
    });

    it('answers admins only, through the catalog clients', async () => {
      expect(
        (await call('GET', '/api/evidence', users.admin, undefined, { azp: 'bas-console' })).status,
      ).toBe(200);
      expect((await call('GET', '/api/evidence')).status).toBe(401);
      const developer = await call('GET', '/api/evidence', devBapenda);
      expect(developer.status).toBe(403);
      expect(developer.json()).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only a platform admin (role "admin") may do this.',
      });
      expect((await call('GET', '/api/evidence', users.warga)).status).toBe(403);
      // An admin's token handed to an agency's app may not read it.
      expect((await call('GET', '/api/evidence', users.admin, undefined, { azp: 'bas-portal' })).status).toBe(
        403,
      );
      const badPeriod = await call('GET', '/api/evidence?period=tahun-ini', users.admin);
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.json()).toMatchObject({
        message:
          'querystring.period: must be a year from 2000 to 2099, like 2026; leave it out for this year',
      });
    });
  });
});
