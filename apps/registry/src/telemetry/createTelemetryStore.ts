import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

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

/** `2025-03-04T05:06:07.890Z` → `2025-03-04T05:00:00.000Z`, in SQL, for the stored ISO times. */
const hourOfReceivedAt = sql<string>`substr(received_at, 1, 13) || ':00:00.000Z'`;

/**
 * Telemetry records of the apps, and their counts for the agency that runs them. Raw records are kept for the
 * retention; older ones survive only as counts per app, kind, name and hour (`telemetry_hourly`), which keep no
 * values.
 */
export function createTelemetryStore(db: Kysely<Database>) {
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
     * hour is folded whole) into hourly counts and deletes them, in one transaction; returns how many it folded.
     * Serializable, so two replicas folding at once cannot both count the same records: one of them fails, and
     * folds nothing until its next turn.
     */
    async rollUp(now: Date, retentionDays: number): Promise<number> {
      const cutoff = new Date(
        Math.floor((now.getTime() - retentionDays * dayMs) / hourMs) * hourMs,
      ).toISOString();
      return db
        .transaction()
        .setIsolationLevel('serializable')
        .execute(async (trx) => {
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
                .where('received_at', '<', cutoff)
                .groupBy(['app_id', 'kind', 'name', hourOfReceivedAt]),
            )
            // An hour already folded (a clock set back, a replica's clock behind) gains the new records' counts.
            .onConflict((conflict) =>
              conflict.columns(['app_id', 'hour', 'kind', 'name']).doUpdateSet({
                count: sql<number>`telemetry_hourly.count + excluded.count`,
                last: sql<string>`CASE WHEN excluded.last > telemetry_hourly.last THEN excluded.last ELSE telemetry_hourly.last END`,
              }),
            )
            .execute();
          const deleted = await trx
            .deleteFrom('telemetry')
            .where('received_at', '<', cutoff)
            .executeTakeFirst();
          return Number(deleted.numDeletedRows);
        });
    },
  };
}

export type TelemetryStore = ReturnType<typeof createTelemetryStore>;
