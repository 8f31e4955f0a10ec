import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { betweenSteps } from './betweenSteps.ts';

/**
 * Deletes the hourly figures in `table` of the hours before `cutoff`, the oldest hour first, one hour per statement
 * (an hour's rows are bounded by the apps and what each may record), so a backlog never makes one long statement;
 * returns how many rows went. Stops between hours once `signal` is aborted.
 */
export async function deleteHoursBefore(
  db: Kysely<Database>,
  table: 'telemetry_hourly' | 'rum_hourly',
  cutoff: string,
  signal?: AbortSignal,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    if (signal?.aborted === true) return deleted;
    const oldest = await db
      .selectFrom(table)
      .select((eb) => eb.fn.min<string | null>('hour').as('hour'))
      .executeTakeFirst();
    if (oldest?.hour === undefined || oldest.hour === null || oldest.hour >= cutoff) return deleted;
    const result = await db.deleteFrom(table).where('hour', '=', oldest.hour).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
    await betweenSteps();
  }
}
