/** Once an hour: each run folds at most an hour of records that has just passed the retention. */
const defaultIntervalMs = 3600 * 1000;

export interface TelemetryRetention {
  /** Stops the timer and waits for a run under way, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs the telemetry's retention now and then every `intervalMs`: at start, so a registry that was down catches
 * up, and on a timer that does not keep the process alive. A failed run is reported and tried again next time.
 */
export function startTelemetryRetention(
  rollUp: (now: Date) => Promise<unknown>,
  onError: (error: unknown) => void,
  intervalMs = defaultIntervalMs,
): TelemetryRetention {
  let running: Promise<void> | undefined;
  const run = () => {
    // A run still folding a large backlog is not joined by a second one.
    running ??= rollUp(new Date())
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
      await running;
    },
  };
}
