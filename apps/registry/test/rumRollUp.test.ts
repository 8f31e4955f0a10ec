import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import type { Database } from '../src/db/schema.ts';
import { createRumStore, type RumStore } from '../src/rum/createRumStore.ts';
import { resolveRumOptions, rumDefaults } from '../src/rum/RumOptions.ts';
import type { RumSample } from '../src/rum/RumSample.ts';
import { startRumRollUp } from '../src/rum/startRumRollUp.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** The start of the current hour, and of the hour `hours` before it: the moments the tests place samples around. */
const current = Math.floor(Date.now() / hourMs) * hourMs;
const hourAgo = (hours: number) => current - hours * hourMs;
const iso = (time: number) => new Date(time).toISOString();

const mounted = (appId: string, ms: number): RumSample => ({ appId, metric: 'open', outcome: 'mounted', ms });
const timeout = (appId: string, ms: number): RumSample => ({
  appId,
  metric: 'open',
  outcome: 'failed',
  cause: 'timeout',
  ms,
});

describe.each(engines)('the real-user roll-up on %s', (engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let db: Kysely<Database>;
  let rum: RumStore;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    storage = await freshStorage(engine);
    db = (await createDatabase(storage)).db;
    rum = createRumStore(db);
  });
  afterAll(() => db?.destroy());
  // Each test starts from nothing: the roll-up's `through` is one for the whole database.
  beforeEach(async () => {
    if (db === undefined) return;
    await db.deleteFrom('rum_samples').execute();
    await db.deleteFrom('rum_hourly').execute();
    await db.deleteFrom('rum_rollup').execute();
  });

  const hourly = async () =>
    (
      await db
        .selectFrom('rum_hourly')
        .selectAll()
        .orderBy('hour')
        .orderBy('app_id')
        .orderBy('metric')
        .orderBy('cause')
        .execute()
    ).map((row) => ({
      ...row,
      count: Number(row.count),
      p50: row.p50 === null ? null : Number(row.p50),
      p75: row.p75 === null ? null : Number(row.p75),
      p95: row.p95 === null ? null : Number(row.p95),
    }));
  const through = async () =>
    (await db.selectFrom('rum_rollup').select('through').executeTakeFirst())?.through;
  const rawCount = async () =>
    Number(
      (
        await db
          .selectFrom('rum_samples')
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('hour by hour', () => {
    it('rolls each hour that is over into counts and percentiles per app, metric and cause, once', async () => {
      const hour = hourAgo(3);
      await rum.record(
        [20, 10, 40, 30, 50, 60, 70, 80, 90, 100].map((ms) => mounted('jdih', ms)),
        iso(hour + 5 * minuteMs),
      );
      await rum.record([timeout('jdih', 15_000), mounted('ppid', 700)], iso(hour + 59 * minuteMs));
      await rum.record([{ appId: 'jdih', metric: 'LCP', value: 1800 }], iso(hourAgo(1) + minuteMs));
      // The current hour is not over: it stays raw.
      await rum.record([mounted('jdih', 5)], iso(current + minuteMs));

      const now = new Date(current + 30 * minuteMs);
      expect(await rum.rollUp(now)).toBe(2);
      const rolled = [
        { app_id: 'jdih', hour: iso(hour), metric: 'open', cause: '', count: 10, p50: 50, p75: 80, p95: 100 },
        {
          app_id: 'jdih',
          hour: iso(hour),
          metric: 'open',
          cause: 'timeout',
          count: 1,
          p50: 15_000,
          p75: 15_000,
          p95: 15_000,
        },
        {
          app_id: 'ppid',
          hour: iso(hour),
          metric: 'open',
          cause: '',
          count: 1,
          p50: 700,
          p75: 700,
          p95: 700,
        },
        {
          app_id: 'jdih',
          hour: iso(hourAgo(1)),
          metric: 'LCP',
          cause: '',
          count: 1,
          p50: 1800,
          p75: 1800,
          p95: 1800,
        },
      ];
      expect(await hourly()).toEqual(rolled);
      expect(await through()).toBe(iso(current));

      // Again: nothing new, nothing counted twice.
      expect(await rum.rollUp(now)).toBe(0);
      expect(await hourly()).toEqual(rolled);
      // An hour rolled up again from scratch (its `through` lost) comes out the same.
      await db.deleteFrom('rum_rollup').execute();
      expect(await rum.rollUp(now)).toBe(2);
      expect(await hourly()).toEqual(rolled);
      expect(await through()).toBe(iso(current));
    });

    it('leaves an hour just over for a minute, for the samples still on their way', async () => {
      await rum.record([mounted('jdih', 10)], iso(hourAgo(1) + 59 * minuteMs + 59_000));
      expect(await rum.rollUp(new Date(current + 30_000))).toBe(0);
      expect(await hourly()).toEqual([]);
      expect(await rum.rollUp(new Date(current + 61_000))).toBe(1);
      expect(await hourly()).toHaveLength(1);
    });

    it('counts exactly across the hours rolled up and those not, before and after the roll-up', async () => {
      // A range that starts and ends within an hour, holding rolled hours, the current one and an hour cut short.
      const since = iso(hourAgo(5) + 30 * minuteMs);
      const until = iso(current + 50 * minuteMs);
      await rum.record([mounted('satu-data', 1)], iso(hourAgo(5) + 10 * minuteMs)); // before the range
      await rum.record(
        [mounted('satu-data', 100), timeout('satu-data', 9000)],
        iso(hourAgo(5) + 40 * minuteMs),
      );
      await rum.record(
        [mounted('satu-data', 200), mounted('satu-data', 300)],
        iso(hourAgo(2) + 10 * minuteMs),
      );
      await rum.record([timeout('satu-data', 9000)], iso(hourAgo(2) + 20 * minuteMs));
      await rum.record([mounted('satu-data', 400)], iso(current + 10 * minuteMs));
      await rum.record([mounted('satu-data', 500)], iso(current + 55 * minuteMs)); // after the range

      const before = await rum.usage('satu-data', since, until);
      const expected = {
        app: 'satu-data',
        since,
        until,
        opens: {
          attempts: 6,
          mounted: 4,
          failed: 2,
          failures: {
            timeout: 2,
            network: 0,
            integrity: 0,
            'sdk-version': 0,
            'mount-error': 0,
            'render-error': 0,
          },
          timeToMountedMs: { p50: 200, p75: 300, p95: 400 },
        },
        vitals: { LCP: null, INP: null, CLS: null, FCP: null, TTFB: null },
        hours: [
          { hour: iso(hourAgo(5)), attempts: 2, failed: 1, mountedP75Ms: 100 },
          { hour: iso(hourAgo(2)), attempts: 3, failed: 1, mountedP75Ms: 300 },
          { hour: iso(current), attempts: 1, failed: 0, mountedP75Ms: 400 },
        ],
      };
      expect(before).toEqual(expected);

      await rum.rollUp(new Date(current + 30 * minuteMs));
      expect(await through()).toBe(iso(current));
      // The hour the range starts in is rolled up whole, its sample before the range too: that hour is still read
      // from the raw samples, the whole hours from the hourly figures.
      expect(await rum.usage('satu-data', since, until)).toEqual(before);
      // A sample received after the roll-up counts at once.
      await rum.record([timeout('satu-data', 9000)], iso(current + 20 * minuteMs));
      const after = await rum.usage('satu-data', since, until);
      expect(after.opens.failed).toBe(3);
      expect(after.hours.at(-1)).toEqual({ hour: iso(current), attempts: 2, failed: 1, mountedP75Ms: 400 });
    });

    it('deletes raw samples past the retention only once their hour is rolled up, and keeps their counts', async () => {
      const old = hourAgo(20 * 24);
      await rum.record([mounted('wbs', 100), mounted('wbs', 300)], iso(old + minuteMs));
      await rum.record([mounted('wbs', 200)], iso(hourAgo(2)));
      const now = new Date(current + 30 * minuteMs);
      const since = iso(old);
      const until = iso(now.getTime());

      // Nothing rolled up yet: nothing is deleted, however old.
      expect(await rum.forget(now, 14, 400)).toEqual({ samples: 0, hourly: 0 });
      expect(await rawCount()).toBe(3);
      // Rolled up, yet only the samples older than the retention are deleted, and only those before `through`.
      await rum.rollUp(now);
      await rum.record([mounted('wbs', 400)], iso(current + minuteMs));
      expect(await rum.forget(now, 14, 400)).toEqual({ samples: 2, hourly: 0 });
      expect(await rawCount()).toBe(2);
      const figures = await rum.usage('wbs', since, until);
      expect(figures.opens.mounted).toBe(4);
      // The summary's percentiles are of the samples still kept raw.
      expect(figures.opens.timeToMountedMs).toEqual({ p50: 200, p75: 400, p95: 400 });
      expect(figures.hours[0]).toEqual({ hour: iso(old), attempts: 2, failed: 0, mountedP75Ms: 300 });

      // A sample of an hour not rolled up is kept past the retention, for the roll-up to count it first.
      await db
        .updateTable('rum_rollup')
        .set({ through: iso(hourAgo(3)) })
        .execute();
      expect(await rum.forget(new Date(now.getTime() + 30 * dayMs), 14, 400)).toEqual({
        samples: 0,
        hourly: 0,
      });
      expect(await rawCount()).toBe(2);
    });

    it('deletes hourly figures past their retention, and a backlog of raw samples a bounded step at a time', async () => {
      const now = new Date(current + 30 * minuteMs);
      const figure = (hour: number) => ({
        app_id: 'e-audit',
        hour: iso(hour),
        metric: 'open' as const,
        cause: '' as const,
        count: 2,
        p50: 1,
        p75: 1,
        p95: 1,
      });
      await db
        .insertInto('rum_hourly')
        .values([figure(hourAgo(401 * 24)), figure(hourAgo(500 * 24)), figure(hourAgo(399 * 24))])
        .execute();
      for (let batch = 0; batch < 25; batch += 1) {
        await rum.record(
          [mounted('e-audit', 1), mounted('e-audit', 2)],
          iso(hourAgo(30 * 24) + batch * 1000),
        );
      }
      await rum.rollUp(now);
      let deletes = 0;
      const counting = db.withPlugin({
        transformQuery: ({ node }) => {
          if (node.kind === 'DeleteQueryNode') deletes += 1;
          return node;
        },
        transformResult: ({ result }) => Promise.resolve(result),
      });
      expect(await createRumStore(counting).forget(now, 14, 400, { batchRows: 10 })).toEqual({
        samples: 50,
        hourly: 2,
      });
      // Batches of two share their moment: each step takes five of them, whole.
      expect(deletes).toBe(5 + 2);
      expect((await hourly()).map((row) => row.hour)).toEqual([
        iso(hourAgo(399 * 24)),
        iso(hourAgo(30 * 24)),
      ]);
    });

    it("keeps last year's first hour until this year's last by default: a year's SPBE evidence is made during the next", async () => {
      const lastYearsFirstHour = '2026-01-01T00:00:00.000Z';
      await db
        .insertInto('rum_hourly')
        .values({
          app_id: 'bukti-spbe',
          hour: lastYearsFirstHour,
          metric: 'open',
          cause: '',
          count: 3,
          p50: 1,
          p75: 1,
          p95: 1,
        })
        .execute();
      const kept = async () =>
        (await hourly()).filter((row) => row.app_id === 'bukti-spbe').map((row) => row.hour);
      const thisYearsLastHalfHour = new Date('2027-12-31T23:30:00.000Z');
      await rum.forget(thisYearsLastHalfHour, rumDefaults.retentionDays, rumDefaults.hourlyRetentionDays);
      expect(await kept()).toEqual([lastYearsFirstHour]);
      // A year and a month, as the default once was, would have lost it before the evaluation.
      await rum.forget(thisYearsLastHalfHour, rumDefaults.retentionDays, 400);
      expect(await kept()).toEqual([]);
    });

    it('never counts an hour twice when two replicas roll up at once', async () => {
      await rum.record([mounted('lpse', 10), mounted('lpse', 20)], iso(hourAgo(2)));
      await rum.record([mounted('lpse', 30)], iso(hourAgo(1)));
      const now = new Date(current + 30 * minuteMs);
      // Another replica: its own connections to the same database.
      const replica = (await createDatabase(storage)).db;
      onTestFinished(() => replica.destroy());
      const other = createRumStore(replica);
      const runs = await Promise.allSettled([rum.rollUp(now), other.rollUp(now)]);
      // One of them may be refused (serializable) and roll up on its next turn.
      expect(runs.some((run) => run.status === 'fulfilled')).toBe(true);
      await rum.rollUp(now);
      expect((await hourly()).map((row) => row.count)).toEqual([2, 1]);
      expect((await rum.usage('lpse', iso(hourAgo(3)), iso(now.getTime()))).opens.mounted).toBe(3);
    });
  });
});

describe('the roll-up timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rolls up at start and every few minutes, then deletes past the retentions, and stops with the registry', async () => {
    vi.useFakeTimers();
    const rollUp = vi
      .fn<RumStore['rollUp']>()
      .mockResolvedValue(0)
      .mockRejectedValueOnce(new Error('database busy'));
    const forget = vi.fn<RumStore['forget']>().mockResolvedValue({ samples: 0, hourly: 0 });
    const onError = vi.fn();
    const job = startRumRollUp({ rollUp, forget }, rumDefaults, onError);
    expect(rollUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(rumDefaults.rollUpMinutes * minuteMs * 2);
    expect(onError).toHaveBeenCalledWith(new Error('database busy'));
    expect(rollUp).toHaveBeenCalledTimes(3);
    // After each roll-up that went through, with the retentions.
    expect(forget).toHaveBeenCalledTimes(2);
    expect(forget.mock.calls[0]?.slice(1, 3)).toEqual([14, 760]);
    await job.stop();
    await vi.advanceTimersByTimeAsync(rumDefaults.rollUpMinutes * minuteMs * 3);
    expect(rollUp).toHaveBeenCalledTimes(3);
  });
});

describe('real-user monitoring options', () => {
  it('refuses a retention or interval that is not a whole number of at least 1, or hourly figures kept too short', () => {
    expect(resolveRumOptions()).toEqual({ retentionDays: 14, hourlyRetentionDays: 760, rollUpMinutes: 5 });
    expect(resolveRumOptions({ rollUpMinutes: 1 }).rollUpMinutes).toBe(1);
    expect(() => resolveRumOptions({ retentionDays: 1.5 })).toThrow(
      'The real-user monitoring option retentionDays must be a whole number of at least 1; got 1.5. Leave it out for the default, 14.',
    );
    expect(() => resolveRumOptions({ retentionDays: 30, hourlyRetentionDays: 30 })).toThrow(
      'The real-user monitoring option hourlyRetentionDays (30) must be more than retentionDays (30)',
    );
  });
});
