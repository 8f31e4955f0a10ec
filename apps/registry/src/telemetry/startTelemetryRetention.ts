import type { TelemetryStore } from './createTelemetryStore.ts';
import type { ResolvedTelemetryOptions } from './TelemetryOptions.ts';

/** Once an hour: each run folds about an hour of records that has just passed the retention, and forgets an hour. */
const defaultIntervalMs = 3600 * 1000;

export interface TelemetryRetention {
  /** Stops the timer and a run under way after its current step, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs the telemetry's retention now and then every `intervalMs`: raw records older than `retentionDays` are folded
 * into hourly counts, and hourly counts older than `hourlyRetentionDays` are deleted. At start, so a registry that
 * was down catches up, and on a timer that does not keep the process alive. A failed run is reported and tried
 * again next time.
 */
export function startTelemetryRetention(
  telemetry: Pick<TelemetryStore, 'rollUp' | 'forgetHourly'>,
  days: Pick<ResolvedTelemetryOptions, 'retentionDays' | 'hourlyRetentionDays'>,
  onError: (error: unknown) => void,
  intervalMs = defaultIntervalMs,
): TelemetryRetention {
  const stopping = new AbortController();
  const { signal } = stopping;
  let running: Promise<void> | undefined;
  const run = () => {
    // A run still working through a large backlog is not joined by a second one.
    if (running !== undefined) return;
    const now = new Date();
    running = telemetry
      .rollUp(now, days.retentionDays, { signal })
      .then(() => telemetry.forgetHourly(now, days.hourlyRetentionDays, signal))
      .then(() => undefined, onError)
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      // A backlog takes many steps: shutting down waits for the one under way, not for all of them.
      stopping.abort();
      await running;
    },
  };
}
