import { setTimeout as sleep } from 'node:timers/promises';

/** What one kind of request sustained, every part up, with `concurrency` callers for the measured time. */
export interface Throughput {
  name: string;
  concurrency: number;
  perSecond: number;
  p95Ms: number;
  failed: number;
}

/**
 * Runs `request` from `concurrency` callers at once, each starting its next as soon as its last answered, for
 * `seconds`, and reports the rate, the 95th percentile time and the failures. Everything (load generator, nginx,
 * every replica, PostgreSQL, Keycloak) shares this machine's cores, so a rate is what the whole system held on
 * them, a floor for any one part given cores of its own. A short warm-up is not counted.
 */
export async function measureThroughput(
  name: string,
  request: () => Promise<boolean>,
  options: { concurrency: number; seconds: number },
): Promise<Throughput> {
  const warmUntil = Date.now() + 1000;
  while (Date.now() < warmUntil) await request().catch(() => false);
  const times: number[] = [];
  let failed = 0;
  const started = Date.now();
  const until = started + options.seconds * 1000;
  const caller = async () => {
    while (Date.now() < until) {
      const before = performance.now();
      const ok = await request().catch(() => false);
      times.push(performance.now() - before);
      if (!ok) {
        failed++;
        await sleep(10);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  const elapsed = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    name,
    concurrency: options.concurrency,
    perSecond: Math.round((times.length - failed) / elapsed),
    p95Ms: Math.round(times[Math.max(0, Math.ceil(0.95 * times.length) - 1)] ?? 0),
    failed,
  };
}
