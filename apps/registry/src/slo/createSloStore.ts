import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { rollupThrough } from '../rum/rollupThrough.ts';
import { splitAtRollup } from '../rum/splitAtRollup.ts';
import { objectivesOf, type Objectives } from './objectivesOf.ts';
import type { Attempts } from './sloFigures.ts';

const attempts = (total: number | string | null, failed: number | string | null): Attempts => ({
  total: Number(total ?? 0),
  failed: Number(failed ?? 0),
});

/**
 * What an app's service levels are read from: its entry's objectives, the monitor's raw probes, and people's
 * openings of it (real-user monitoring). Counts of probes per day are the probe store's (`dayCounts`).
 */
export function createSloStore(db: Kysely<Database>) {
  return {
    /** The objectives of the app's served entry; the defaults before it has one. */
    async objectives(appId: string): Promise<Objectives> {
      const row = await db
        .selectFrom('apps')
        .innerJoin('app_versions', (join) =>
          join
            .onRef('app_versions.app_id', '=', 'apps.id')
            .onRef('app_versions.version', '=', 'apps.current_version'),
        )
        .select('app_versions.entry')
        .where('apps.id', '=', appId)
        .executeTakeFirst();
      return objectivesOf(row === undefined ? undefined : (JSON.parse(row.entry) as unknown));
    },

    /** The app's probes since `since` and how many failed, from the raw probes (kept 30 days). */
    async probes(appId: string, since: string): Promise<Attempts> {
      const row = await db
        .selectFrom('probes')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('total'),
          sql<number | string | null>`sum(case when ok = 0 then 1 else 0 end)`.as('failed'),
        ])
        .where('app_id', '=', appId)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return attempts(row.total, row.failed);
    },

    /**
     * People's attempts to open the app received from `since` until `until`, and how many failed. Each counted once:
     * whole hours before the roll-up's `through` from `rum_hourly`, the rest from the raw samples (so one received a
     * moment ago counts at once), including the part hour a window starts with, which no hourly count splits (a
     * window reaching back past the raw retention misses that part hour: at most an hour of its 30 days).
     */
    async opens(appId: string, since: string, until: string): Promise<Attempts> {
      // The whole hours from `wholeFrom` to `rolledEnd` are counted by the hour, every other sample one by one; before
      // any roll-up, every sample.
      const { wholeFrom, rolledEnd } = splitAtRollup(since, until, await rollupThrough(db));
      const [hourly, raw] = await Promise.all([
        db
          .selectFrom('rum_hourly')
          .select([
            sql<number | string | null>`sum(${sql.ref('count')})`.as('total'),
            sql<number | string | null>`sum(case when cause <> ${''} then ${sql.ref('count')} else 0 end)`.as(
              'failed',
            ),
          ])
          .where('app_id', '=', appId)
          .where('metric', '=', 'open')
          .where('hour', '>=', wholeFrom)
          .where('hour', '<', rolledEnd)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('rum_samples')
          .select((eb) => [
            eb.fn.countAll<number | string>().as('total'),
            sql<number | string | null>`sum(case when cause <> ${''} then 1 else 0 end)`.as('failed'),
          ])
          .where('app_id', '=', appId)
          .where('metric', '=', 'open')
          .where('received_at', '>=', since)
          .where('received_at', '<', until)
          .where((eb) => eb.or([eb('received_at', '<', wholeFrom), eb('received_at', '>=', rolledEnd)]))
          .executeTakeFirstOrThrow(),
      ]);
      const fromHours = attempts(hourly.total, hourly.failed);
      const fromSamples = attempts(raw.total, raw.failed);
      return { total: fromHours.total + fromSamples.total, failed: fromHours.failed + fromSamples.failed };
    },
  };
}

export type SloStore = ReturnType<typeof createSloStore>;
