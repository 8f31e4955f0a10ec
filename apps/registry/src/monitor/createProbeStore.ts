import { sql, type Kysely, type Selectable } from 'kysely';
import type { AppHealthTable, Database } from '../db/schema.ts';
import { betweenSteps } from '../jobs/betweenSteps.ts';
import { deriveHealth, type AppHealth } from './deriveHealth.ts';
import { percentile } from './percentile.ts';
import type { ProbeResult } from './ProbeResult.ts';

/** An app's probes on one UTC day. */
export interface DayCount {
  appId: string;
  /** `2025-03-04`. */
  day: string;
  probes: number;
  ok: number;
}

/** An app's probes in one UTC hour, for a chart of latency and failures. */
export interface ProbeHour {
  /** The start of the hour, `2025-03-04T05:00:00.000Z`. */
  hour: string;
  probes: number;
  failed: number;
  /** Of the hour's successful probes; null when none succeeded. */
  p50Ms: number | null;
  p95Ms: number | null;
}

const dayMs = 24 * 3600 * 1000;

/** The UTC day a stored time falls on. */
export const dayOf = (time: string) => time.slice(0, 10);

const nextDay = (day: string) => new Date(Date.parse(day) + dayMs).toISOString().slice(0, 10);

const healthOf = (row: Selectable<AppHealthTable>): AppHealth => ({
  status: row.status,
  since: row.since,
  problem: row.problem,
  reason: row.reason,
  failures: Number(row.failures),
  failingSince: row.failing_since,
  checkedAt: row.checked_at,
});

/**
 * The monitor's probes and each app's derived status, for the monitor that writes them and the registry that
 * answers with them. Raw probes are kept for the retention; each is also counted in its app's day as it is stored, so
 * uptime per day and month reads one row per app and day, however old.
 */
export function createProbeStore(db: Kysely<Database>) {
  /**
   * One step of the roll-up: the app and day of the oldest probe before `cutoff`, its latency percentiles added to
   * the day's counts and its raw probes deleted, in one transaction; returns how many. A day of one app holds 1,440
   * probes at the default interval: a step stays short whatever the backlog.
   */
  async function foldOldestDay(cutoff: string): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const oldest = await trx
        .selectFrom('probes')
        .select(['app_id', 'at'])
        .where('at', '<', cutoff)
        .orderBy('at')
        .limit(1)
        .executeTakeFirst();
      if (oldest === undefined) return 0;
      const day = dayOf(oldest.at);
      const latencies = await trx
        .selectFrom('probes')
        .select('latency_ms')
        .where('app_id', '=', oldest.app_id)
        .where('at', '>=', day)
        .where('at', '<', nextDay(day))
        .where('ok', '=', 1)
        .where('latency_ms', 'is not', null)
        .orderBy('latency_ms')
        .execute();
      const sorted = latencies.map((row) => Number(row.latency_ms));
      await trx
        .updateTable('probe_days')
        .set({ latency_p50_ms: percentile(sorted, 0.5), latency_p95_ms: percentile(sorted, 0.95) })
        .where('app_id', '=', oldest.app_id)
        .where('day', '=', day)
        .execute();
      const deleted = await trx
        .deleteFrom('probes')
        .where('app_id', '=', oldest.app_id)
        .where('at', '>=', day)
        .where('at', '<', nextDay(day))
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    });
  }

  return {
    /**
     * Stores a probe, counts it in its app's day and derives the app's status from it, in one transaction; returns
     * the status before and after, so the caller can tell a change.
     */
    async record(
      appId: string,
      probe: ProbeResult,
      downAfter: number,
    ): Promise<{ before: AppHealth | undefined; after: AppHealth }> {
      return db.transaction().execute(async (trx) => {
        const ok = probe.status === 'down' ? 0 : 1;
        await trx
          .insertInto('probes')
          .values({
            app_id: appId,
            at: probe.at,
            ok,
            status: probe.status,
            problem: probe.problem,
            reason: probe.reason,
            latency_ms: probe.latencyMs,
            certificate_days: probe.certificateDays,
          })
          .execute();
        await trx
          .insertInto('probe_days')
          .values({
            app_id: appId,
            day: dayOf(probe.at),
            probes: 1,
            ok,
            latency_p50_ms: null,
            latency_p95_ms: null,
          })
          .onConflict((conflict) =>
            conflict.columns(['app_id', 'day']).doUpdateSet({
              probes: sql<number>`probe_days.probes + 1`,
              ok: sql<number>`probe_days.ok + excluded.ok`,
            }),
          )
          .execute();
        const row = await trx
          .selectFrom('app_health')
          .selectAll()
          .where('app_id', '=', appId)
          .executeTakeFirst();
        const before = row === undefined ? undefined : healthOf(row);
        const after = deriveHealth(before, probe, downAfter);
        const values = {
          status: after.status,
          since: after.since,
          problem: after.problem,
          reason: after.reason,
          failures: after.failures,
          failing_since: after.failingSince,
          checked_at: after.checkedAt,
        };
        await trx
          .insertInto('app_health')
          .values({ app_id: appId, ...values })
          .onConflict((conflict) => conflict.column('app_id').doUpdateSet(values))
          .execute();
        return { before, after };
      });
    },

    /** The derived status of every probed app, or of one. */
    async health(appId?: string): Promise<Map<string, AppHealth>> {
      let query = db.selectFrom('app_health').selectAll();
      if (appId !== undefined) query = query.where('app_id', '=', appId);
      const rows = await query.execute();
      return new Map(rows.map((row) => [row.app_id, healthOf(row)]));
    },

    /** The apps that are `down`, each with when it went down: what the manifest tells the portal. */
    async downSince(): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('app_health')
        .select(['app_id', 'since'])
        .where('status', '=', 'down')
        .execute();
      return new Map(rows.map((row) => [row.app_id, row.since]));
    },

    /** Probes counted per app and day from `firstDay` on, of every app or of one. */
    async dayCounts(firstDay: string, appId?: string): Promise<DayCount[]> {
      let query = db
        .selectFrom('probe_days')
        .select(['app_id', 'day', 'probes', 'ok'])
        .where('day', '>=', firstDay)
        .orderBy('day');
      if (appId !== undefined) query = query.where('app_id', '=', appId);
      const rows = await query.execute();
      return rows.map((row) => ({
        appId: row.app_id,
        day: row.day,
        probes: Number(row.probes),
        ok: Number(row.ok),
      }));
    },

    /** An app's last probes, newest first. */
    async lastProbes(appId: string, limit: number): Promise<ProbeResult[]> {
      const rows = await db
        .selectFrom('probes')
        .selectAll()
        .where('app_id', '=', appId)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        at: row.at,
        status: row.status,
        problem: row.problem,
        reason: row.reason,
        latencyMs: row.latency_ms === null ? null : Number(row.latency_ms),
        certificateDays: row.certificate_days === null ? null : Number(row.certificate_days),
      }));
    },

    /** How long an app's successful probes since `since` took, from fastest to slowest. */
    async latencies(appId: string, since: string): Promise<number[]> {
      const rows = await db
        .selectFrom('probes')
        .select('latency_ms')
        .where('app_id', '=', appId)
        .where('at', '>=', since)
        .where('ok', '=', 1)
        .where('latency_ms', 'is not', null)
        .orderBy('latency_ms')
        .execute();
      return rows.map((row) => Number(row.latency_ms));
    },

    /**
     * An app's raw probes since `since` per UTC hour, oldest first, hours without probes left out. Grouped here rather
     * than in SQL: the percentiles need each hour's latencies, and a week at the default interval is 10,080 rows.
     */
    async hours(appId: string, since: string): Promise<ProbeHour[]> {
      const rows = await db
        .selectFrom('probes')
        .select(['at', 'ok', 'latency_ms'])
        .where('app_id', '=', appId)
        .where('at', '>=', since)
        .orderBy('at')
        .execute();
      const hours = new Map<string, { probes: number; failed: number; latencies: number[] }>();
      for (const row of rows) {
        const hour = `${row.at.slice(0, 13)}:00:00.000Z`;
        const counted = hours.get(hour) ?? { probes: 0, failed: 0, latencies: [] };
        counted.probes += 1;
        if (Number(row.ok) === 0) counted.failed += 1;
        else if (row.latency_ms !== null) counted.latencies.push(Number(row.latency_ms));
        hours.set(hour, counted);
      }
      return [...hours].map(([hour, { probes, failed, latencies }]) => {
        const sorted = latencies.sort((a, b) => a - b);
        return { hour, probes, failed, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
      });
    },

    /**
     * Folds the raw probes of days older than `retentionDays` before `now` (whole UTC days) into their days' latency
     * percentiles and deletes them, a day of one app per transaction (see foldOldestDay); returns how many probes
     * went. Stops between steps once `signal` is aborted.
     */
    async rollUp(now: Date, retentionDays: number, signal?: AbortSignal): Promise<number> {
      const cutoff = dayOf(new Date(now.getTime() - retentionDays * dayMs).toISOString());
      let folded = 0;
      for (;;) {
        if (signal?.aborted === true) return folded;
        const step = await foldOldestDay(cutoff);
        if (step === 0) return folded;
        folded += step;
        await betweenSteps();
      }
    },
  };
}

export type ProbeStore = ReturnType<typeof createProbeStore>;
