import type { RegistryDatabase } from '@bas/registry';

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;
/** Rows per INSERT: 8 columns of 1,000 rows stay well below SQLite's 32,766 bound parameters per statement. */
const batchRows = 1000;
/** Probes of an app on a day at the monitor's default interval of 60 s. */
const probesPerDay = 1440;
/** Raw probes are kept for 30 days; older days carry the latency percentiles the roll-up computed. */
const rawProbeDays = 30;

/** A fixed spread of values from (app, time): the same history every run, uneven like a real one. */
export const noise = (app: number, time: number, salt: number) =>
  (Math.imul(app * 7919 + time * 104_729 + salt * 1_299_709, 2_654_435_761) >>> 0) / 2 ** 32;

/** Inserts `rows` a thousand at a time. */
export async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += batchRows) {
    await insert(rows.slice(start, start + batchRows));
  }
}

const causes = [
  { cause: 'timeout', share: 0.06, ms: 10_000 },
  { cause: 'network', share: 0.03, ms: 2000 },
  { cause: 'integrity', share: 0.005, ms: 300 },
] as const;

/** One app's `probe_days` rows: the `days` UTC days up to the one starting at `today`. */
function probeDaysOf(appId: string, app: number, days: number, today: number) {
  return Array.from({ length: days }, (_, back) => {
    const failed = noise(app, back, 1) < 0.05 ? Math.round(noise(app, back, 2) * 60) : 0;
    const latency = back >= rawProbeDays;
    return {
      app_id: appId,
      day: new Date(today - back * dayMs).toISOString().slice(0, 10),
      probes: probesPerDay,
      ok: probesPerDay - failed,
      latency_p50_ms: latency ? 80 + Math.round(noise(app, back, 3) * 40) : null,
      latency_p95_ms: latency ? 200 + Math.round(noise(app, back, 4) * 300) : null,
    };
  });
}

/** One app's `rum_hourly` rows: the `days` × 24 hours before the one starting at `thisHour`. */
function rumHoursOf(appId: string, app: number, days: number, thisHour: number) {
  return Array.from({ length: days * 24 }, (_, back) => {
    const hour = new Date(thisHour - (back + 1) * hourMs).toISOString();
    const p50 = 120 + Math.round(noise(app, back, 5) * 80);
    const opened = {
      app_id: appId,
      hour,
      metric: 'open' as const,
      cause: '' as const,
      count: 1 + Math.round(noise(app, back, 6) * 40),
      p50,
      p75: p50 * 1.4,
      p95: p50 * 3,
    };
    const failed = causes
      .filter(({ share }, index) => noise(app, back, 7 + index) < share)
      .map(({ cause, ms }) => ({ ...opened, cause, count: 1, p50: ms, p75: ms, p95: ms }));
    return [opened, ...failed];
  }).flat();
}

/**
 * `days` days of history of the apps `ids`, as the monitor and the real-user monitoring leave it, up to `now`: one
 * `probe_days` row per app and UTC day (a probe a minute, a few failed), and per app and hour a `rum_hourly` row of
 * the openings that mounted, with now and then a row of openings that failed by timeout, network or integrity. The
 * roll-up is marked as done through the current hour, so readers take every hour before it from `rum_hourly`.
 * Generated and written an app at a time, so a year of 200 apps (some two million rows) never sits in memory whole.
 * Returns the rows written and the first hour they cover.
 */
export async function fillMonitoringHistory(
  db: RegistryDatabase['db'],
  ids: readonly string[],
  days: number,
  now: Date,
): Promise<{ probeDays: number; rumHours: number; since: string }> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const thisHour = Math.floor(now.getTime() / hourMs) * hourMs;
  let probeDays = 0;
  let rumHours = 0;
  await db.transaction().execute(async (trx) => {
    for (const [app, appId] of ids.entries()) {
      const dayRows = probeDaysOf(appId, app, days, today);
      const hourRows = rumHoursOf(appId, app, days, thisHour);
      await insertInBatches(dayRows, (batch) => trx.insertInto('probe_days').values(batch).execute());
      await insertInBatches(hourRows, (batch) => trx.insertInto('rum_hourly').values(batch).execute());
      probeDays += dayRows.length;
      rumHours += hourRows.length;
    }
    // A running registry has rolled up already: its mark moves on.
    await trx
      .insertInto('rum_rollup')
      .values({ name: 'hourly', through: new Date(thisHour).toISOString() })
      .onConflict((conflict) =>
        conflict.column('name').doUpdateSet({ through: new Date(thisHour).toISOString() }),
      )
      .execute();
  });
  return {
    probeDays,
    rumHours,
    since: new Date(thisHour - days * dayMs).toISOString(),
  };
}
