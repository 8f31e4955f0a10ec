import { createTelemetrySink } from '../telemetry/createTelemetrySink.ts';
import { deliverBatch } from '../telemetry/deliverBatch.ts';
import { appOnScreen } from './appOnScreen.ts';
import { reportVitals } from './reportVitals.ts';
import type { RumSample } from './RumSample.ts';

/**
 * The page's real-user monitoring: its queue to the registry's `/api/rum`, and the portal's Core Web Vitals observed
 * from the moment it is fetched, with the first app opened on a sampled page view. The home page never loads it.
 */
export const pageRum = createTelemetrySink<RumSample>('/api/rum', 'samples', deliverBatch);

reportVitals((sample) => {
  pageRum.record(sample);
  // INP and CLS are final as the page is hidden: they leave with that moment's batch, not 5 s later.
  if (document.visibilityState === 'hidden') pageRum.flush();
}, appOnScreen);
