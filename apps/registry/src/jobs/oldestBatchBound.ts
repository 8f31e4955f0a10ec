import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * How far one step through the raw rows received before `cutoff` goes, so that a step stays bounded however large the
 * backlog: the oldest `batchRows` rows, or all rows of that moment when more share it (a batch's rows share their
 * time), so no step leaves part of a moment to the next. The step takes what was received before the first row past
 * the batch (before the cutoff when fewer are left), or, when the whole batch shares the first row's moment, that
 * moment's rows; undefined when nothing was received before the cutoff.
 */
export async function oldestBatchBound(
  db: Kysely<Database>,
  table: 'telemetry' | 'rum_samples',
  cutoff: string,
  batchRows: number,
): Promise<readonly ['<' | '<=', string] | undefined> {
  const oldest = () =>
    db.selectFrom(table).select('received_at').where('received_at', '<', cutoff).orderBy('received_at');
  const first = await oldest().limit(1).executeTakeFirst();
  if (first === undefined) return undefined;
  const past = await oldest().offset(batchRows).limit(1).executeTakeFirst();
  if (past === undefined) return ['<', cutoff];
  return past.received_at > first.received_at ? ['<', past.received_at] : ['<=', first.received_at];
}
