import { startRecurringJob, type RecurringJob } from '../jobs/startRecurringJob.ts';
import type { ProbeStore } from './createProbeStore.ts';

/** Raw probes are kept this many days; their days' counts and latency percentiles stay. */
export const probeRetentionDays = 30;

export type ProbeRetention = RecurringJob;

/**
 * Folds the probes older than the retention into their days (see ProbeStore.rollUp) at start and then every hour,
 * as startTelemetryRetention does for telemetry: a day's probes pass the retention once a day, and a monitor that
 * takes over catches up.
 */
export function startProbeRetention(
  probes: Pick<ProbeStore, 'rollUp'>,
  now: () => Date,
  onError: (error: unknown) => void,
): ProbeRetention {
  return startRecurringJob((signal) => probes.rollUp(now(), probeRetentionDays, signal), onError);
}
