import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { betweenSteps } from '../jobs/betweenSteps.ts';
import { deleteHoursBefore } from '../jobs/deleteHoursBefore.ts';
import { oldestBatchBound } from '../jobs/oldestBatchBound.ts';

/** What an app recorded, as stored: the time is the registry's, stamped when the batch arrives. */
export interface TelemetryRecord {
  appId: string;
  kind: 'event' | 'error';
  name: string;
  data?: Readonly<Record<string, string | number | boolean>> | undefined;
}

export interface TelemetryCount {
  kind: 'event' | 'error';
  name: string;
  count: number;
  /** When the registry last received one. */
  last: string;
}

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

/** The start of the hour `time` falls in, as stored. */
const hourStart = (time: number) => new Date(Math.floor(time / hourMs) * hourMs).toISOString();

/** `2025-03-04T05:06:07.890Z` → `2025-03-04T05:00:00.000Z`, in SQL, for the stored ISO times. */
const hourOfReceivedAt = sql<string>`substr(received_at, 1, 13) || ':00:00.000Z'`;

/**
 * Telemetry records of the apps, and their counts for the agency that runs them. Raw records are kept for the
 * retention; older ones survive only as counts per app, kind, name and hour (`telemetry_hourly`), which keep no
 * values.
 */
export function createTelemetryStore(db: Kysely<Database>) {
  /**
   * One step of the roll-up: the oldest `batchRows` records received before `cutoff` (all records of that moment
   * when more share it: a batch's records share their time) folded into hourly counts and deleted, in one
   * transaction; returns how many. Serializable, so two replicas folding at once cannot both count the same records:
   * one of them fails, and folds nothing until its next turn.
   */
  async function foldOldest(cutoff: string, batchRows: number): Promise<number> {
    return db
      .transaction()
      .setIsolationLevel('serializable')
      .execute(async (trx) => {
        const step = await oldestBatchBound(trx, 'telemetry', cutoff, batchRows);
        if (step === undefined) return 0;
        const [below, bound] = step;
        await trx
          .insertInto('telemetry_hourly')
          .columns(['app_id', 'kind', 'name', 'hour', 'count', 'last'])
          .expression((eb) =>
            eb
              .selectFrom('telemetry')
              .select((inner) => [
                'app_id',
                'kind',
                'name',
                hourOfReceivedAt.as('hour'),
                inner.fn.countAll<number>().as('count'),
                inner.fn.max('received_at').as('last'),
              ])
              .where('received_at', below, bound)
              .groupBy(['app_id', 'kind', 'name', hourOfReceivedAt]),
          )
          // An hour folded before (in an earlier step, or a clock set back) gains the new records' counts.
          .onConflict((conflict) =>
            conflict.columns(['app_id', 'hour', 'kind', 'name']).doUpdateSet({
              count: sql<number>`telemetry_hourly.count + excluded.count`,
              last: sql<string>`CASE WHEN excluded.last > telemetry_hourly.last THEN excluded.last ELSE telemetry_hourly.last END`,
            }),
          )
          .execute();
        const deleted = await trx
          .deleteFrom('telemetry')
          .where('received_at', below, bound)
          .executeTakeFirst();
        return Number(deleted.numDeletedRows);
      });
  }

  return {
    /** Stores the records as received at `receivedAt`; the caller has checked their apps and quotas. */
    async record(records: readonly TelemetryRecord[], receivedAt: string): Promise<void> {
      if (records.length === 0) return;
      await db
        .insertInto('telemetry')
        .values(
          records.map((record) => ({
            app_id: record.appId,
            kind: record.kind,
            name: record.name,
            data: record.data === undefined ? null : JSON.stringify(record.data),
            received_at: receivedAt,
          })),
        )
        .execute();
    },

    /**
     * How often each event and error of an app happened since a time, most frequent first: raw records received
     * since then, plus the hourly counts of hours starting since then.
     */
    async counts(appId: string, since: string): Promise<TelemetryCount[]> {
      const raw = await db
        .selectFrom('telemetry')
        .select((eb) => [
          'kind',
          'name',
          eb.fn.countAll<number | string>().as('count'),
          eb.fn.max('received_at').as('last'),
        ])
        .where('app_id', '=', appId)
        .where('received_at', '>=', since)
        .groupBy(['kind', 'name'])
        .execute();
      const hourly = await db
        .selectFrom('telemetry_hourly')
        .select((eb) => [
          'kind',
          'name',
          eb.fn.sum<number | string>('count').as('count'),
          eb.fn.max('last').as('last'),
        ])
        .where('app_id', '=', appId)
        .where('hour', '>=', since)
        .groupBy(['kind', 'name'])
        .execute();
      const counts = new Map<string, TelemetryCount>();
      for (const row of [...raw, ...hourly]) {
        const key = `${row.kind} ${row.name}`;
        const known = counts.get(key);
        const count = (known?.count ?? 0) + Number(row.count);
        const last = known !== undefined && known.last > row.last ? known.last : row.last;
        counts.set(key, { kind: row.kind, name: row.name, count, last });
      }
      return [...counts.values()].sort(
        (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
      );
    },

    /**
     * Folds the raw records older than the retention (counted back from `now`, to the start of that hour, so each
     * hour is folded whole) into hourly counts and deletes them; returns how many it folded. A step at a time, the
     * oldest `batchRows` records (5,000 by default: tens of milliseconds) per transaction, so each step stays far within
     * PostgreSQL's 10 s statement timeout and SQLite holds the process only that long, however large the backlog (a
     * registry down for weeks, a retention shortened); an hour folded in several steps adds up. Stops between steps
     * once `signal` is aborted.
     */
    async rollUp(
      now: Date,
      retentionDays: number,
      options: { batchRows?: number; signal?: AbortSignal } = {},
    ): Promise<number> {
      const cutoff = hourStart(now.getTime() - retentionDays * dayMs);
      let folded = 0;
      for (;;) {
        if (options.signal?.aborted === true) return folded;
        const step = await foldOldest(cutoff, options.batchRows ?? 5000);
        if (step === 0) return folded;
        folded += step;
        await betweenSteps();
      }
    },

    /**
     * Deletes the hourly counts of hours older than `retentionDays` before `now`, the oldest hour first, one hour per
     * statement (an hour holds a row per app and name, which the name cap bounds), so a backlog never makes one
     * long statement either; returns how many rows went. Stops between hours once `signal` is aborted.
     */
    async forgetHourly(now: Date, retentionDays: number, signal?: AbortSignal): Promise<number> {
      const cutoff = hourStart(now.getTime() - retentionDays * dayMs);
      return deleteHoursBefore(db, 'telemetry_hourly', cutoff, signal);
    },
  };
}

export type TelemetryStore = ReturnType<typeof createTelemetryStore>;
