import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { rollupThrough } from '../rum/rollupThrough.ts';
import { splitAtRollup } from '../rum/splitAtRollup.ts';
import type { Attempts } from '../slo/sloFigures.ts';

/** An app's probes in a stretch of days, and how many passed. */
export interface ProbeTotals {
  probes: number;
  ok: number;
}

/** Counts as both engines answer them: PostgreSQL's sums and counts come as text. */
const whole = (value: number | string | null) => Number(value ?? 0);

/**
 * The figures of every app over a period at once, for the SPBE evidence: one query each, grouped by the database,
 * however many apps the catalog holds.
 */
export function createEvidenceStore(db: Kysely<Database>) {
  return {
    /** Each app's probes from `firstDay` up to `endDay` (UTC days, `2026-01-01`), from the daily counts. */
    async uptime(firstDay: string, endDay: string): Promise<Map<string, ProbeTotals>> {
      const rows = await db
        .selectFrom('probe_days')
        .select((eb) => [
          'app_id',
          eb.fn.sum<number | string>('probes').as('probes'),
          eb.fn.sum<number | string>('ok').as('ok'),
        ])
        .where('day', '>=', firstDay)
        .where('day', '<', endDay)
        .groupBy('app_id')
        .execute();
      return new Map(rows.map((row) => [row.app_id, { probes: whole(row.probes), ok: whole(row.ok) }]));
    },

    /**
     * Each app's attempts to open it and how many failed, per UTC month (`2026-01`) of those received from `since`
     * until `until`, each counted once as `SloStore.opens` counts them (splitAtRollup): months are whole hours, so the
     * hourly counts fall into their month whole.
     */
    async opensByMonth(since: string, until: string): Promise<Map<string, Map<string, Attempts>>> {
      const { wholeFrom, rolledEnd } = splitAtRollup(since, until, await rollupThrough(db));
      // Written out, not as parameters: PostgreSQL groups by an expression only when it is the very one selected.
      const hourMonth = sql<string>`substr(hour, 1, 7)`;
      const receivedMonth = sql<string>`substr(received_at, 1, 7)`;
      const [hourly, raw] = await Promise.all([
        db
          .selectFrom('rum_hourly')
          .select([
            'app_id',
            hourMonth.as('month'),
            sql<number | string | null>`sum(${sql.ref('count')})`.as('total'),
            sql<number | string | null>`sum(case when cause <> '' then ${sql.ref('count')} else 0 end)`.as(
              'failed',
            ),
          ])
          .where('metric', '=', 'open')
          .where('hour', '>=', wholeFrom)
          .where('hour', '<', rolledEnd)
          .groupBy(['app_id', hourMonth])
          .execute(),
        db
          .selectFrom('rum_samples')
          .select((eb) => [
            'app_id',
            receivedMonth.as('month'),
            eb.fn.countAll<number | string>().as('total'),
            sql<number | string | null>`sum(case when cause <> '' then 1 else 0 end)`.as('failed'),
          ])
          .where('metric', '=', 'open')
          .where('received_at', '>=', since)
          .where('received_at', '<', until)
          .where((eb) => eb.or([eb('received_at', '<', wholeFrom), eb('received_at', '>=', rolledEnd)]))
          .groupBy(['app_id', receivedMonth])
          .execute(),
      ]);
      const byApp = new Map<string, Map<string, Attempts>>();
      for (const row of [...hourly, ...raw]) {
        const months = byApp.get(row.app_id) ?? new Map<string, Attempts>();
        byApp.set(row.app_id, months);
        const known = months.get(row.month) ?? { total: 0, failed: 0 };
        months.set(row.month, {
          total: known.total + whole(row.total),
          failed: known.failed + whole(row.failed),
        });
      }
      return byApp;
    },
  };
}

export type EvidenceStore = ReturnType<typeof createEvidenceStore>;
