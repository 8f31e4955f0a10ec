import type { TelemetryData } from '@bas/sdk';
import { createTelemetrySink } from './createTelemetrySink.ts';
import { deliverBatch } from './deliverBatch.ts';

/** One record of `POST /api/telemetry`: an app's event or error. */
export interface TelemetryRecord {
  appId: string;
  kind: 'event' | 'error';
  name: string;
  data?: TelemetryData;
  /** When it happened, ISO 8601. */
  at: string;
}

/**
 * The page's one telemetry queue, sent to the registry. Created with the first app opened: the home page never
 * loads it, so the first paint does not pay for it.
 */
export const shellTelemetry = createTelemetrySink<TelemetryRecord>('/api/telemetry', 'records', deliverBatch);
