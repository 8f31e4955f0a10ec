import { setTimeout as sleep } from 'node:timers/promises';
import { startMonitor } from '@bas/registry';

/**
 * The interval the monitor is started with. Each app's probe waits for its moment in the interval (spread by its id),
 * so at the default 60 s a round lasts about a minute however fast it probes. A short interval has every probe due
 * at once: the round then lasts as long as probing the catalog takes, at the default concurrency, which is what the
 * 60 s must leave room for.
 */
const intervalMs = 100;
/** Longer than any round on loopback; a round still going then has hung. */
const roundLimitMs = 120_000;

/** The last round's duration from the monitor's own gauge, and each app's results, from its `GET /metrics`. */
function readRound(metrics: string): { seconds: number; results: Map<string, string> } {
  const seconds = Number(/^bas_monitor_cycle_duration_seconds (\S+)$/m.exec(metrics)?.[1] ?? 0);
  const results = new Map<string, string>();
  for (const [, app = '', status = ''] of metrics.matchAll(
    /^bas_monitor_probes_total\{app="([^"]+)",status="([^"]+)"\} [1-9]/gm,
  )) {
    results.set(app, status);
  }
  return { seconds, results };
}

/**
 * One round of the registry's real monitor (startMonitor) over the catalog in `dataDir`, which holds `count` active
 * apps, with its default concurrency and time limits: milliseconds from the round's start until every app's result
 * was stored, as the monitor's `bas_monitor_cycle_duration_seconds` reports it. Each app is probed once (later rounds
 * would probe again and overlap the one measured); every app must be found up, or the figure would time failures.
 */
export async function measureProbeCycle(dataDir: string, count: number): Promise<number> {
  const probed = new Set<string>();
  const errors: unknown[][] = [];
  const monitor = await startMonitor({
    dataDir,
    intervalMs,
    metricsPort: 0,
    probes: (entry) => {
      if (probed.has(entry.id)) return false;
      probed.add(entry.id);
      return true;
    },
    logger: { log: () => undefined, error: (...args: unknown[]) => errors.push(args) },
  });
  try {
    const deadline = Date.now() + roundLimitMs;
    for (;;) {
      if (errors.length > 0) {
        throw new Error(`The monitor reported a failure of its own: ${errors[0]?.join(' ')}`);
      }
      const { seconds, results } = readRound(await (await fetch(`${monitor.metricsUrl}/metrics`)).text());
      if (seconds > 0) {
        const notUp = [...results].filter(([, status]) => status !== 'up');
        if (results.size !== count || notUp.length > 0) {
          throw new Error(
            `The monitor found ${results.size - notUp.length} of ${count} apps up (${notUp
              .slice(0, 3)
              .map(([app, status]) => `${app}: ${status}`)
              .join(
                ', ',
              )}): the bench's app server answers for every app, so a probe that failed means it or the monitor broke; the reasons are in app_health of ${dataDir}.`,
          );
        }
        return seconds * 1000;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `The monitor's round over ${count} apps did not end within ${roundLimitMs / 1000} s; ${results.size} were probed. Look for probes that hang (the probe's time limit is 10 s).`,
        );
      }
      await sleep(100);
    }
  } finally {
    await monitor.close();
  }
}
