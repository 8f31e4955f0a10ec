import type { Kysely } from 'kysely';
import type { Database, RumCause, RumMetric } from '../../src/db/schema.ts';

/** Samples of one metric and cause, by hour (`rum_hourly`) or by the moment the registry received them. */
type Counts = Array<[at: string, metric: RumMetric, cause: RumCause, count: number]>;

/**
 * Stores an app's openings (and vitals) as the shell's samples and the registry's hourly roll-up leave them: the
 * hourly counts, the roll-up done `through` an hour, and the raw samples, each `count` times, whether of an hour
 * rolled up (kept raw for the retention) or not yet. Every count has the same percentiles and every sample the same
 * value: the tests that seed openings count them.
 */
export async function seedOpenings(
  db: Kysely<Database>,
  appId: string,
  { hourly, through, samples }: { hourly: Counts; through: string; samples: Counts },
): Promise<void> {
  await db
    .insertInto('rum_hourly')
    .values(
      hourly.map(([hour, metric, cause, count]) => ({
        app_id: appId,
        hour,
        metric,
        cause,
        count,
        p50: 100,
        p75: 150,
        p95: 300,
      })),
    )
    .execute();
  // Over the row a roll-up of the registry's own may have written meanwhile (of nothing: the samples come later).
  await db
    .insertInto('rum_rollup')
    .values({ name: 'hourly', through })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ through }))
    .execute();
  await db
    .insertInto('rum_samples')
    .values(
      samples.flatMap(([receivedAt, metric, cause, count]) =>
        Array.from({ length: count }, () => ({
          app_id: appId,
          metric,
          cause,
          value: 180,
          received_at: receivedAt,
        })),
      ),
    )
    .execute();
}
