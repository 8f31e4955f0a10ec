import type { Kysely } from 'kysely';
import type { Database, RumCause, RumMetric } from '../db/schema.ts';
import { betweenSteps } from '../jobs/betweenSteps.ts';
import { deleteHoursBefore } from '../jobs/deleteHoursBefore.ts';
import { oldestBatchBound } from '../jobs/oldestBatchBound.ts';
import { nearestRank } from '../monitor/nearestRank.ts';
import { percentile } from '../monitor/percentile.ts';
import { rollupThrough, rumRollupName } from './rollupThrough.ts';
import { rumRowOf } from './rumRowOf.ts';
import {
  rumFailureCauses,
  rumVitals,
  type RumFailureCause,
  type RumSample,
  type RumVital,
} from './RumSample.ts';

/** An app's real-user figures over a range of time, as `GET /api/apps/:id/usage` answers them. */
export interface RumUsage {
  app: string;
  since: string;
  until: string;
  opens: {
    attempts: number;
    mounted: number;
    failed: number;
    failures: Record<RumFailureCause, number>;
    /** Null when no mounted opening of the range is still kept raw. */
    timeToMountedMs: { p50: number; p75: number; p95: number } | null;
  };
  /** Null for a vital never measured in the range; `p75` null when none of its samples is still kept raw. */
  vitals: Record<RumVital, { count: number; p75: number | null } | null>;
  /** The hours with samples, oldest first. */
  hours: RumHour[];
}

export interface RumHour {
  hour: string;
  attempts: number;
  failed: number;
  mountedP75Ms: number | null;
}

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

/** The start of the hour `time` falls in, as stored. */
const hourStart = (time: number) => new Date(Math.floor(time / hourMs) * hourMs).toISOString();
const hourOf = (stored: string) => hourStart(Date.parse(stored));
const nextHour = (hour: string) => new Date(Date.parse(hour) + hourMs).toISOString();
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * How long after an hour ends it is rolled up at the earliest: a batch stamped in the hour's last moment may still be
 * on its way into the database, and the replicas' clocks differ a little. A sample that landed in an hour already
 * rolled up would be counted by no reader.
 */
const settleMs = 60_000;

/** Rows written by one statement: far within both engines' limits on a statement's parameters. */
const rowsPerInsert = 500;

const key = (metric: RumMetric, cause: RumCause) => `${metric} ${cause}`;

/**
 * Real-user monitoring: what the shell measured while people opened apps. Raw samples are kept for the retention;
 * each hour, once over, is rolled up into counts and percentiles per app, metric and cause (`rum_hourly`), and
 * `rum_rollup.through` says up to which hour. Readers take whole hours before it from `rum_hourly` and everything later
 * from the raw samples, so each sample is counted once, and one received a moment ago at once.
 */
export function createRumStore(db: Kysely<Database>) {
  /**
   * One step of the roll-up: the first hour from `through` on that holds samples, before `end`, rolled up and
   * `through` moved past it (past the empty hours before `end` when none holds any), in one transaction; whether an
   * hour was rolled up. Serializable, so two replicas rolling up at once cannot both move `through`: one of them
   * fails, and rolls up nothing until its next turn. Each hour's rows are written whole, replacing any there, so an
   * hour rolled up again comes out the same.
   */
  async function rollUpNextHour(end: string): Promise<boolean> {
    return db
      .transaction()
      .setIsolationLevel('serializable')
      .execute(async (trx) => {
        const through = await rollupThrough(trx);
        let first = trx.selectFrom('rum_samples').select('received_at').where('received_at', '<', end);
        if (through !== undefined) first = first.where('received_at', '>=', through);
        const next = await first.orderBy('received_at').limit(1).executeTakeFirst();
        const moveThrough = (to: string) =>
          trx
            .insertInto('rum_rollup')
            .values({ name: rumRollupName, through: to })
            .onConflict((conflict) => conflict.column('name').doUpdateSet({ through: to }))
            .execute();
        if (next === undefined) {
          if (through !== undefined && through < end) await moveThrough(end);
          return false;
        }
        const hour = hourOf(next.received_at);
        const until = nextHour(hour);
        const samples = await trx
          .selectFrom('rum_samples')
          .select(['app_id', 'metric', 'cause', 'value'])
          .where('received_at', '>=', hour)
          .where('received_at', '<', until)
          .execute();
        const groups = new Map<
          string,
          { app_id: string; metric: RumMetric; cause: RumCause; values: number[] }
        >();
        for (const sample of samples) {
          const group = `${sample.app_id} ${key(sample.metric, sample.cause)}`;
          const known = groups.get(group) ?? {
            app_id: sample.app_id,
            metric: sample.metric,
            cause: sample.cause,
            values: [],
          };
          known.values.push(Number(sample.value));
          groups.set(group, known);
        }
        const rows = [...groups.values()].map(({ values, ...group }) => {
          const sorted = values.sort((a, b) => a - b);
          return {
            ...group,
            hour,
            count: sorted.length,
            p50: percentile(sorted, 0.5),
            p75: percentile(sorted, 0.75),
            p95: percentile(sorted, 0.95),
          };
        });
        for (let from = 0; from < rows.length; from += rowsPerInsert) {
          await trx
            .insertInto('rum_hourly')
            .values(rows.slice(from, from + rowsPerInsert))
            .onConflict((conflict) =>
              conflict.columns(['app_id', 'hour', 'metric', 'cause']).doUpdateSet((eb) => ({
                count: eb.ref('excluded.count'),
                p50: eb.ref('excluded.p50'),
                p75: eb.ref('excluded.p75'),
                p95: eb.ref('excluded.p95'),
              })),
            )
            .execute();
        }
        await moveThrough(until);
        return true;
      });
  }

  /**
   * One step of the raw retention: the oldest `batchRows` samples received before `cutoff` (all samples of that
   * moment when more share it: a batch's samples share their time) deleted; returns how many.
   */
  async function deleteOldest(cutoff: string, batchRows: number): Promise<number> {
    const step = await oldestBatchBound(db, 'rum_samples', cutoff, batchRows);
    if (step === undefined) return 0;
    const [below, bound] = step;
    const deleted = await db.deleteFrom('rum_samples').where('received_at', below, bound).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }

  /**
   * A percentile (nearest rank, as percentile() takes it) of an app's raw samples of one metric and cause in a range,
   * of which there are `count`: read by offset, so the database sorts a range of many samples and never hands them
   * all over. Undefined when the retention deleted samples of the range since they were counted.
   */
  async function rawPercentile(
    appId: string,
    [metric, cause]: readonly [RumMetric, RumCause],
    [since, until]: readonly [string, string],
    count: number,
    fraction: number,
  ): Promise<number | undefined> {
    const row = await db
      .selectFrom('rum_samples')
      .select('value')
      .where('app_id', '=', appId)
      .where('metric', '=', metric)
      .where('cause', '=', cause)
      .where('received_at', '>=', since)
      .where('received_at', '<', until)
      .orderBy('value')
      .limit(1)
      .offset(nearestRank(count, fraction))
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.value);
  }

  return {
    /** Stores the samples as received at `receivedAt`; the caller has checked their apps and quotas. */
    async record(samples: readonly RumSample[], receivedAt: string): Promise<void> {
      if (samples.length === 0) return;
      await db
        .insertInto('rum_samples')
        .values(
          samples.map((sample) => ({ app_id: sample.appId, ...rumRowOf(sample), received_at: receivedAt })),
        )
        .execute();
    },

    /**
     * Rolls up every hour from `through` (from the oldest sample's hour before the first roll-up) up to the start of
     * the hour `now` is in, an hour per transaction (see rollUpNextHour); an hour just over waits a minute for the
     * samples still on their way. Returns how many hours held samples. Stops between hours once `signal` is aborted.
     */
    async rollUp(now: Date, options: { signal?: AbortSignal } = {}): Promise<number> {
      const end = hourStart(now.getTime() - settleMs);
      let hours = 0;
      for (;;) {
        if (options.signal?.aborted === true) return hours;
        if (!(await rollUpNextHour(end))) return hours;
        hours += 1;
        await betweenSteps();
      }
    },

    /**
     * Deletes the raw samples older than `retentionDays` before `now` (to the start of that hour) of the hours already
     * rolled up, never one whose hour is not, `batchRows` (5,000 by default) per statement; then the hourly figures of
     * hours older than `hourlyRetentionDays`, an hour per statement. Returns how many rows of each went. Stops between
     * steps once `signal` is aborted.
     */
    async forget(
      now: Date,
      retentionDays: number,
      hourlyRetentionDays: number,
      options: { batchRows?: number; signal?: AbortSignal } = {},
    ): Promise<{ samples: number; hourly: number }> {
      const forgotten = { samples: 0, hourly: 0 };
      const through = await rollupThrough(db);
      if (through !== undefined) {
        const cutoff = earlier(through, hourStart(now.getTime() - retentionDays * dayMs));
        for (;;) {
          if (options.signal?.aborted === true) return forgotten;
          const step = await deleteOldest(cutoff, options.batchRows ?? 5000);
          if (step === 0) break;
          forgotten.samples += step;
          await betweenSteps();
        }
      }
      const hourlyCutoff = hourStart(now.getTime() - hourlyRetentionDays * dayMs);
      forgotten.hourly = await deleteHoursBefore(db, 'rum_hourly', hourlyCutoff, options.signal);
      return forgotten;
    },

    /**
     * An app's figures received from `since` up to `until` (ISO times as stored). Counts are exact: the whole hours of
     * the range before `through` come from `rum_hourly`, the rest (a range's first and last hours cut short, the hours
     * not rolled up yet) from the raw samples; a range starting within an hour older than the raw retention misses
     * that hour's part. The summary's percentiles come from the raw samples of the range, so they reach back as far as
     * the raw retention.
     */
    async usage(appId: string, since: string, until: string): Promise<RumUsage> {
      const through = await rollupThrough(db);
      const sinceHour = hourOf(since);
      const firstWhole = sinceHour === since ? since : nextHour(sinceHour);
      const rolledEnd = through === undefined ? firstWhole : earlier(hourOf(until), through);
      const rolled = rolledEnd > firstWhole;
      const rawRanges = (
        rolled ? [[since, firstWhole] as const, [rolledEnd, until] as const] : [[since, until] as const]
      ).filter(([from, to]) => from < to);

      const [hourly, raw, rawCounts] = await Promise.all([
        rolled
          ? db
              .selectFrom('rum_hourly')
              .select(['hour', 'metric', 'cause', 'count', 'p75'])
              .where('app_id', '=', appId)
              .where('hour', '>=', firstWhole)
              .where('hour', '<', rolledEnd)
              .execute()
          : [],
        rawRanges.length === 0
          ? []
          : db
              .selectFrom('rum_samples')
              .select(['received_at', 'metric', 'cause', 'value'])
              .where('app_id', '=', appId)
              .where((eb) =>
                eb.or(
                  rawRanges.map(([from, to]) =>
                    eb.and([eb('received_at', '>=', from), eb('received_at', '<', to)]),
                  ),
                ),
              )
              .execute(),
        db
          .selectFrom('rum_samples')
          .select((eb) => ['metric', 'cause', eb.fn.countAll<number | string>().as('count')])
          .where('app_id', '=', appId)
          .where('received_at', '>=', since)
          .where('received_at', '<', until)
          .groupBy(['metric', 'cause'])
          .execute(),
      ]);

      const counts = new Map<string, number>();
      const add = (metric: RumMetric, cause: RumCause, count: number) =>
        counts.set(key(metric, cause), (counts.get(key(metric, cause)) ?? 0) + count);
      const hours = new Map<
        string,
        { attempts: number; failed: number; mounted: number[]; p75: number | null }
      >();
      const hourAt = (hour: string) => {
        const known = hours.get(hour) ?? { attempts: 0, failed: 0, mounted: [], p75: null };
        hours.set(hour, known);
        return known;
      };
      for (const row of hourly) {
        const count = Number(row.count);
        add(row.metric, row.cause, count);
        const counted = hourAt(row.hour);
        if (row.metric !== 'open') continue;
        counted.attempts += count;
        if (row.cause !== '') counted.failed += count;
        else counted.p75 = row.p75 === null ? null : Number(row.p75);
      }
      for (const row of raw) {
        add(row.metric, row.cause, 1);
        const counted = hourAt(hourOf(row.received_at));
        if (row.metric !== 'open') continue;
        counted.attempts += 1;
        if (row.cause !== '') counted.failed += 1;
        else counted.mounted.push(Number(row.value));
      }

      const kept = new Map(rawCounts.map((row) => [key(row.metric, row.cause), Number(row.count)]));
      const range = [since, until] as const;
      const mountedKept = kept.get(key('open', '')) ?? 0;
      const mountedAt = (fraction: number) =>
        rawPercentile(appId, ['open', ''], range, mountedKept, fraction);
      const [p50, p75, p95] =
        mountedKept === 0 ? [] : await Promise.all([mountedAt(0.5), mountedAt(0.75), mountedAt(0.95)]);
      const vitals = await Promise.all(
        rumVitals.map(async (vital) => {
          const count = counts.get(key(vital, '')) ?? 0;
          if (count === 0) return [vital, null] as const;
          const vitalKept = kept.get(key(vital, '')) ?? 0;
          const vitalP75 =
            vitalKept === 0 ? undefined : await rawPercentile(appId, [vital, ''], range, vitalKept, 0.75);
          return [vital, { count, p75: vitalP75 ?? null }] as const;
        }),
      );

      const mounted = counts.get(key('open', '')) ?? 0;
      const failures = Object.fromEntries(
        rumFailureCauses.map((cause) => [cause, counts.get(key('open', cause)) ?? 0]),
      ) as Record<RumFailureCause, number>;
      const failed = Object.values(failures).reduce((sum, count) => sum + count, 0);
      return {
        app: appId,
        since,
        until,
        opens: {
          attempts: mounted + failed,
          mounted,
          failed,
          failures,
          timeToMountedMs:
            p50 === undefined || p75 === undefined || p95 === undefined ? null : { p50, p75, p95 },
        },
        vitals: Object.fromEntries(vitals) as RumUsage['vitals'],
        hours: [...hours]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([hour, counted]) => ({
            hour,
            attempts: counted.attempts,
            failed: counted.failed,
            mountedP75Ms:
              counted.mounted.length === 0
                ? counted.p75
                : percentile(
                    counted.mounted.sort((a, b) => a - b),
                    0.75,
                  ),
          })),
      };
    },
  };
}

export type RumStore = ReturnType<typeof createRumStore>;
