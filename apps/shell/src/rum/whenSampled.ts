import type { TelemetrySink } from '../telemetry/createTelemetrySink.ts';
import type { RumSample } from './RumSample.ts';
import { rumSampled } from './rumSampling.ts';

/**
 * Calls `withRum` with the page's real-user monitoring on a sampled page view; on the others, nothing is fetched. The
 * first call fetches it (with web-vitals), which starts observing the vitals.
 */
export function whenSampled(withRum: (rum: TelemetrySink<RumSample>) => void): void {
  void rumSampled
    .then(async (sampled) => {
      if (!sampled) return;
      const { pageRum } = await import('./pageRum.ts');
      withRum(pageRum);
    })
    // Monitoring never disturbs the person: offline, its code is simply not fetched.
    .catch((error: unknown) => console.debug('real-user monitoring not loaded', error));
}
