import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The name of `rum_rollup`'s one row: every app is rolled up together, hour by hour. */
export const rumRollupName = 'hourly';

/**
 * The start of the first hour not yet rolled up into `rum_hourly` (createRumStore); undefined before the first
 * roll-up. `reader` is the database or a transaction on it.
 */
export async function rollupThrough(reader: Kysely<Database>): Promise<string | undefined> {
  const row = await reader
    .selectFrom('rum_rollup')
    .select('through')
    .where('name', '=', rumRollupName)
    .executeTakeFirst();
  return row?.through;
}
