import type { TelemetrySink } from '../telemetry/createTelemetrySink.ts';
import { whenIdle } from '../whenIdle.ts';
import type { RumSample } from './RumSample.ts';
import { rumSampled } from './rumSampling.ts';

type WithRum = (rum: TelemetrySink<RumSample>) => void;

let loaded: TelemetrySink<RumSample> | undefined;
/** Whether a load is asked for or under way. */
let asked = false;
const waiting: WithRum[] = [];

function load(): void {
  import('./pageRum.ts')
    .then(({ pageRum }) => {
      loaded = pageRum;
      for (const withRum of waiting.splice(0)) withRum(pageRum);
    })
    // Monitoring never disturbs the person: offline, its code is simply not fetched (a later call tries again).
    .catch((error: unknown) => {
      asked = false;
      console.debug('real-user monitoring not loaded', error);
    });
}

/**
 * Calls `withRum` with the page's real-user monitoring on a sampled page view; on the others, nothing is fetched. The
 * first call fetches it (with web-vitals), which starts observing the vitals, when the browser is next idle rather
 * than at once: the app opening that asks first would otherwise share its main thread with it (decisions/0037).
 * What callers record was measured before; once loaded, they get it at once.
 */
export function whenSampled(withRum: WithRum): void {
  void rumSampled.then((sampled) => {
    if (!sampled) return;
    if (loaded !== undefined) return withRum(loaded);
    waiting.push(withRum);
    if (asked) return;
    asked = true;
    whenIdle(load);
  });
}
