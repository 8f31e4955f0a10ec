import type { TelemetrySink } from '../telemetry/createTelemetrySink.ts';
import { whenIdle } from '../whenIdle.ts';
import type { RumSample } from './RumSample.ts';
import { rumSampled } from './rumSampling.ts';

let monitoring: Promise<TelemetrySink<RumSample>> | undefined;

/** The page's monitoring, fetched once, when the browser is next idle; asked for again after a failed fetch. */
function pageMonitoring(): Promise<TelemetrySink<RumSample>> {
  if (monitoring === undefined) {
    monitoring = new Promise<void>((resolve) => whenIdle(resolve))
      .then(() => import('./pageRum.ts'))
      .then(({ pageRum }) => pageRum);
    monitoring.catch(() => (monitoring = undefined));
  }
  return monitoring;
}

/**
 * Calls `withRum` with the page's real-user monitoring on a sampled page view; on the others, nothing is fetched. The
 * first call fetches it (with web-vitals), which starts observing the vitals, when the browser is next idle rather
 * than at once: the app opening that asks first would otherwise share its main thread with it (decisions/0037).
 * What callers record was measured before; once loaded, they get it at once.
 */
export function whenSampled(withRum: (rum: TelemetrySink<RumSample>) => void): void {
  void rumSampled
    .then(async (sampled) => {
      if (sampled) withRum(await pageMonitoring());
    })
    // Monitoring never disturbs the person: offline, its code is simply not fetched.
    .catch((error: unknown) => console.debug('real-user monitoring not loaded', error));
}
