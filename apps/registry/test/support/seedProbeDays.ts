import type { Kysely } from 'kysely';
import type { Database, ProbeDaysTable } from '../../src/db/schema.ts';

/**
 * Stores days of probes as the monitor's roll-up leaves them once their raw probes are gone, each with the same
 * latency percentiles (100 ms, 200 ms): the tests that seed days count probes, not latency.
 */
export async function seedProbeDays(
  db: Kysely<Database>,
  days: Array<Pick<ProbeDaysTable, 'app_id' | 'day' | 'probes' | 'ok'>>,
): Promise<void> {
  await db
    .insertInto('probe_days')
    .values(days.map((day) => ({ ...day, latency_p50_ms: 100, latency_p95_ms: 200 })))
    .execute();
}
