import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface TelemetryRecord {
  appId: string;
  kind: 'event' | 'error';
  name: string;
  data?: Readonly<Record<string, string | number | boolean>> | undefined;
  at: string;
}

export interface TelemetryCount {
  kind: 'event' | 'error';
  name: string;
  count: number;
  last: string;
}

/** Telemetry records of the apps, and their counts for the agency that runs them. */
export function createTelemetryStore(db: Kysely<Database>) {
  return {
    /** Stores the records whose app is in the catalog; returns how many it stored. */
    async record(records: readonly TelemetryRecord[]): Promise<number> {
      const ids = [...new Set(records.map((record) => record.appId))];
      if (ids.length === 0) return 0;
      const known = new Set(
        (await db.selectFrom('apps').select('id').where('id', 'in', ids).execute()).map((app) => app.id),
      );
      const receivedAt = new Date().toISOString();
      const rows = records
        .filter((record) => known.has(record.appId))
        .map((record) => ({
          app_id: record.appId,
          kind: record.kind,
          name: record.name,
          data: record.data === undefined ? null : JSON.stringify(record.data),
          at: record.at,
          received_at: receivedAt,
        }));
      if (rows.length > 0) await db.insertInto('telemetry').values(rows).execute();
      return rows.length;
    },

    /** How often each event and error of an app happened since a time, most frequent first. */
    async counts(appId: string, since: string): Promise<TelemetryCount[]> {
      const rows = await db
        .selectFrom('telemetry')
        .select((eb) => [
          'kind',
          'name',
          eb.fn.countAll<number | string>().as('count'),
          eb.fn.max('at').as('last'),
        ])
        .where('app_id', '=', appId)
        .where('at', '>=', since)
        .groupBy(['kind', 'name'])
        .orderBy('count', 'desc')
        .execute();
      return rows.map((row) => ({
        kind: row.kind,
        name: row.name,
        count: Number(row.count),
        last: row.last,
      }));
    },
  };
}

export type TelemetryStore = ReturnType<typeof createTelemetryStore>;
