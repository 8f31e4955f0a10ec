import type { ManifestEntry } from '@bas/manifest';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, type Registry } from '../src/buildRegistry.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import type { Database } from '../src/db/schema.ts';
import { createProbeStore } from '../src/monitor/createProbeStore.ts';
import type { ProbeResult } from '../src/monitor/ProbeResult.ts';
import { fixDate } from './support/fixDate.ts';
import { probeAt } from './support/probeAt.ts';
import { seedOpenings } from './support/seedOpenings.ts';
import { seedProbeDays } from './support/seedProbeDays.ts';
import { startIdentityProvider, users, type TestUser } from './support/startIdentityProvider.ts';
import { seedEntry } from './support/startTestRegistry.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

interface Figures {
  objective: number;
  measured: number | null;
  budgetRemaining: number | null;
  burnRates: { '1h': number | null; '6h': number | null; '30d': number | null };
}

interface Slo {
  app: string;
  month: string;
  availability: Figures;
  loadSuccess: Figures;
}

/** The moment the figures are read at: the middle of a UTC month, so its windows and the month's start are apart. */
const now = '2026-12-15T12:30:00.000Z';
const devSetda: TestUser = { username: 'dev.setda', roles: ['developer'], agency: 'setda' };

describe.each(engines)('service levels on %s', (engine) => {
  const skip = engine === 'postgres' && !postgresAvailable();
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let registry: Registry;
  /** The database, opened beside the registry, to store what the monitor and the shell would have. */
  let db: Kysely<Database>;

  beforeAll(async () => {
    if (skip) return;
    idp = await startIdentityProvider();
    const storage = await freshStorage(engine);
    const catalog: ManifestEntry[] = ['ppid', 'jdih', 'agenda-walikota', 'pbb-online'].map(seedEntry);
    registry = await buildRegistry({ ...storage, environment: 'development', oidc: idp.oidc, seed: catalog });
    db = (await createDatabase(storage)).db;
    await seedProbes(db);
    // ppid's openings, rolled up through 11:00 today: hourly counts for the hours before (with the raw samples still
    // kept for the last days' hours), raw samples only from 11:00 on.
    await seedOpenings(db, 'ppid', {
      hourly: [
        ['2026-11-25T09:00:00.000Z', 'open', '', 400],
        ['2026-11-25T09:00:00.000Z', 'open', 'network', 100],
        ['2026-12-02T09:00:00.000Z', 'open', '', 1000],
        ['2026-12-02T09:00:00.000Z', 'open', 'timeout', 10],
        ['2026-12-15T06:00:00.000Z', 'open', '', 1],
        ['2026-12-15T06:00:00.000Z', 'open', 'network', 1],
        ['2026-12-15T10:00:00.000Z', 'open', '', 5],
        ['2026-12-15T10:00:00.000Z', 'open', 'integrity', 1],
        ['2026-12-15T10:00:00.000Z', 'LCP', '', 30],
      ],
      through: '2026-12-15T11:00:00.000Z',
      samples: [
        // Of the hours rolled up: the same openings as their hourly counts.
        ['2026-12-15T06:10:00.000Z', 'open', '', 1],
        ['2026-12-15T06:45:00.000Z', 'open', 'network', 1],
        ['2026-12-15T10:20:00.000Z', 'open', '', 5],
        ['2026-12-15T10:20:00.000Z', 'open', 'integrity', 1],
        // Not rolled up yet.
        ['2026-12-15T11:10:00.000Z', 'open', '', 1],
        ['2026-12-15T11:40:00.000Z', 'open', '', 3],
        ['2026-12-15T11:50:00.000Z', 'open', 'timeout', 1],
        ['2026-12-15T12:00:00.000Z', 'LCP', '', 1],
        ['2026-12-15T12:10:00.000Z', 'open', '', 2],
        ['2026-12-15T12:20:00.000Z', 'open', 'render-error', 1],
      ],
    });
    // jdih declares its own objectives; written into its stored entry as publishing stores an entry.
    const stored = await db
      .selectFrom('app_versions')
      .select(['version', 'entry'])
      .where('app_id', '=', 'jdih')
      .executeTakeFirstOrThrow();
    const objectives = { availability: 99, loadSuccess: 95 };
    await db
      .updateTable('app_versions')
      .set({ entry: JSON.stringify({ ...(JSON.parse(stored.entry) as object), objectives }) })
      .where('app_id', '=', 'jdih')
      .where('version', '=', stored.version)
      .execute();
  });
  afterAll(async () => {
    await db?.destroy();
    await registry?.close();
    await idp?.close();
  });
  fixDate(now);

  const call = async (url: string, as?: TestUser) => {
    const response = await registry.app.inject({
      method: 'GET',
      url,
      headers: as === undefined ? {} : { authorization: await idp.bearer(as) },
    });
    return { status: response.statusCode, json: () => response.json() as unknown };
  };
  const slo = async (id: string) => (await call(`/api/apps/${id}/slo`, users.admin)).json() as Slo;

  describe.skipIf(skip)('GET /api/apps/:id/slo', () => {
    it("measures availability from this month's probes, against the default objective of 99.5 %", async () => {
      const { app, month, availability } = await slo('ppid');
      expect({ app, month }).toEqual({ app: 'ppid', month: '2026-12' });
      // This month: today's 9 probes (2 failed) and 1,000 on 3 December (1 failed).
      expect(availability.objective).toBe(99.5);
      expect(availability.measured).toBeCloseTo((1006 / 1009) * 100, 3);
      // 3 failures of the 5.045 the month's 1,009 probes allow.
      expect(availability.budgetRemaining).toBeCloseTo(1 - 3 / (0.005 * 1009), 3);
      expect(availability.burnRates['1h']).toBeCloseTo(1 / 4 / 0.005, 3);
      expect(availability.burnRates['6h']).toBeCloseTo(1 / 8 / 0.005, 3);
      // 30 days reach back into November (20 November: 500 probes, 10 failed), not to 10 November.
      expect(availability.burnRates['30d']).toBeCloseTo(13 / 1509 / 0.005, 3);
    });

    it("measures load success from people's openings, each counted once across the hourly roll-up", async () => {
      const { loadSuccess } = await slo('ppid');
      expect(loadSuccess.objective).toBe(99);
      // This month: 1,018 openings in hours rolled up (12 failed), 8 since (2 failed); vitals are no openings.
      expect(loadSuccess.measured).toBeCloseTo((1012 / 1026) * 100, 3);
      // Past the budget: 14 failures where 10.26 are allowed.
      expect(loadSuccess.budgetRemaining).toBeCloseTo(1 - 14 / (0.01 * 1026), 3);
      expect(loadSuccess.budgetRemaining).toBeLessThan(0);
      expect(loadSuccess.burnRates['1h']).toBeCloseTo(2 / 7 / 0.01, 3);
      // The six hours start within a rolled-up hour: its part in the window is counted from the raw samples.
      expect(loadSuccess.burnRates['6h']).toBeCloseTo(4 / 15 / 0.01, 3);
      expect(loadSuccess.burnRates['30d']).toBeCloseTo(114 / 1526 / 0.01, 3);
    });

    it("holds an app to its entry's objectives, and gives no figures before anything was measured", async () => {
      const { availability, loadSuccess } = await slo('jdih');
      // 200 probes, 1 failed: 99.5 %, half the budget of a 99 % objective (none left of the default's).
      expect(availability).toEqual({
        objective: 99,
        measured: 99.5,
        budgetRemaining: 0.5,
        burnRates: { '1h': null, '6h': null, '30d': 0.5 },
      });
      expect(loadSuccess).toEqual({
        objective: 95,
        measured: null,
        budgetRemaining: null,
        burnRates: { '1h': null, '6h': null, '30d': null },
      });
    });

    it("shows an app's service levels to its agency's developers and the admins, and to others as if it did not exist", async () => {
      expect((await call('/api/apps/ppid/slo', devSetda)).status).toBe(200);
      const stranger = await call('/api/apps/ppid/slo', users.devBkpsdm);
      const absent = await call('/api/apps/tidak-ada/slo', users.devBkpsdm);
      expect(stranger.status).toBe(404);
      expect(stranger.json()).toEqual(
        expect.objectContaining({ code: 'NOT_FOUND', message: 'There is no app "ppid" in the catalog.' }),
      );
      expect(absent.json()).toEqual(
        expect.objectContaining({
          code: 'NOT_FOUND',
          message: 'There is no app "tidak-ada" in the catalog.',
        }),
      );
      expect((await call('/api/apps/ppid/slo')).status).toBe(401);
      expect((await call('/api/apps/ppid/slo', users.warga)).status).toBe(403);
    });
  });

  describe.skipIf(skip)('GET /api/apps/:id/health', () => {
    it('counts the probes of each hour of the last 7 days, with the latency of those that passed', async () => {
      const store = createProbeStore(db);
      const probes: Array<[string, Partial<ProbeResult>]> = [
        // Before the 7 days' first hour.
        ['2026-12-08T11:59:00.000Z', { latencyMs: 90 }],
        ['2026-12-08T12:00:00.000Z', { latencyMs: 100 }],
        ['2026-12-08T12:30:00.000Z', { latencyMs: 300 }],
        ['2026-12-08T12:45:00.000Z', { status: 'down' }],
        ['2026-12-10T03:40:00.000Z', { latencyMs: 150 }],
        ['2026-12-10T03:20:00.000Z', { latencyMs: 250 }],
        ['2026-12-15T12:05:00.000Z', { status: 'down' }],
      ];
      for (const [at, result] of probes) await store.record('agenda-walikota', probeAt(at, result), 3);
      const health = (await call('/api/apps/agenda-walikota/health', users.admin)).json() as {
        hours: unknown[];
      };
      expect(health.hours).toEqual([
        { hour: '2026-12-08T12:00:00.000Z', probes: 3, failed: 1, p50Ms: 100, p95Ms: 300 },
        { hour: '2026-12-10T03:00:00.000Z', probes: 2, failed: 0, p50Ms: 150, p95Ms: 250 },
        { hour: '2026-12-15T12:00:00.000Z', probes: 1, failed: 1, p50Ms: null, p95Ms: null },
      ]);
    });
  });
});

/**
 * ppid's probes: today's as the monitor stores them (9, of which 2 failed: 1 of the last hour's 4, 1 of the six hours'
 * 8), and the counts of earlier days whose raw probes are gone. jdih: 200 probes on 10 December, 1 failed.
 */
async function seedProbes(db: Kysely<Database>): Promise<void> {
  const store = createProbeStore(db);
  const today: Array<[string, boolean]> = [
    ['05:00', false],
    ['08:00', true],
    ['09:00', true],
    ['10:00', true],
    ['11:00', true],
    ['11:45', true],
    ['12:00', true],
    ['12:15', true],
    ['12:20', false],
  ];
  for (const [time, passed] of today) {
    await store.record('ppid', probeAt(`2026-12-15T${time}:00.000Z`, passed ? {} : { status: 'down' }), 3);
  }
  await seedProbeDays(db, [
    { app_id: 'ppid', day: '2026-12-03', probes: 1000, ok: 999 },
    { app_id: 'ppid', day: '2026-11-20', probes: 500, ok: 490 },
    { app_id: 'ppid', day: '2026-11-10', probes: 100, ok: 0 },
    { app_id: 'jdih', day: '2026-12-10', probes: 200, ok: 199 },
  ]);
}
