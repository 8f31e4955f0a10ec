export interface RecurringJob {
  /** Stops the timer and a run under way after its current step, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs `work` now and then every `intervalMs` (an hour by default), on a timer that does not keep the process
 * alive: at start, so a process that was down (or a monitor that takes over) catches up. A run still working through
 * a backlog is not joined by a second one; a failed run goes to `onError` and is tried again next time. `work` gets
 * a signal that `stop` aborts: a backlog takes many steps, and shutting down waits for the one under way only.
 */
export function startRecurringJob(
  work: (signal: AbortSignal) => Promise<unknown>,
  onError: (error: unknown) => void,
  intervalMs = 3600 * 1000,
): RecurringJob {
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    if (running !== undefined) return;
    running = work(stopping.signal)
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
      stopping.abort();
      await running;
    },
  };
}
