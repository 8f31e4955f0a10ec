import { startRecurringJob, type RecurringJob } from '../jobs/startRecurringJob.ts';
import type { TelemetryStore } from './createTelemetryStore.ts';
import type { ResolvedTelemetryOptions } from './TelemetryOptions.ts';

export type TelemetryRetention = RecurringJob;

/**
 * Runs the telemetry's retention at start and then every `intervalMs` (an hour: each run folds about an hour of
 * records that has just passed the retention, and forgets an hour): raw records older than `retentionDays` are
 * folded into hourly counts, and hourly counts older than `hourlyRetentionDays` are deleted.
 */
export function startTelemetryRetention(
  telemetry: Pick<TelemetryStore, 'rollUp' | 'forgetHourly'>,
  days: Pick<ResolvedTelemetryOptions, 'retentionDays' | 'hourlyRetentionDays'>,
  onError: (error: unknown) => void,
  intervalMs?: number,
): TelemetryRetention {
  return startRecurringJob(
    async (signal) => {
      const now = new Date();
      await telemetry.rollUp(now, days.retentionDays, { signal });
      await telemetry.forgetHourly(now, days.hourlyRetentionDays, signal);
    },
    onError,
    intervalMs,
  );
}
