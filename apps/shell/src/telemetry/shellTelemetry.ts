import { createTelemetrySink } from './createTelemetrySink.ts';

/**
 * The page's one telemetry queue, sent to the registry. Created with the first app opened: the home page never
 * loads it, so the first paint does not pay for it.
 */
export const shellTelemetry = createTelemetrySink('/api/telemetry');
