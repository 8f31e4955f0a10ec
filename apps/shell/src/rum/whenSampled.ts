import type { TelemetrySink } from '../telemetry/createTelemetrySink.ts';
import { whenIdle } from '../whenIdle.ts';
import type { RumSample } from './RumSample.ts';
import { rumSampled } from './rumSampling.ts';

/**
 * Calls `withRum` with the page's real-user monitoring on a sampled page view; on the others, nothing is fetched. The
 * first call fetches it (with web-vitals), which starts observing the vitals. Monitoring waits until the browser is
 * idle: an app's opening, which starts it, would otherwise share the main thread with it (decisions/0037); what it
 * records was measured before, and the vitals so far come from the browser's buffered entries.
 */
export function whenSampled(withRum: (rum: TelemetrySink<RumSample>) => void): void {
  void rumSampled.then((sampled) => {
    if (!sampled) return;
    whenIdle(() => {
      import('./pageRum.ts')
        .then(({ pageRum }) => withRum(pageRum))
        // Monitoring never disturbs the person: offline, its code is simply not fetched.
        .catch((error: unknown) => console.debug('real-user monitoring not loaded', error));
    });
  });
}
