export interface CloseOnSignalsOptions {
  /** The process, as its log lines name it. */
  name: string;
  /** How long closing may take before the process exits anyway: 10 s, well within Kubernetes' 30 s grace period. */
  timeoutMs?: number;
}

/**
 * On SIGTERM (an orchestrator stopping the process) or SIGINT (Ctrl-C), runs `close` once and exits: 0 when it
 * finished, 1 when it failed or outlasted `timeoutMs`; exiting then drops the connections still open (SQLite and
 * PostgreSQL undo a transaction that was not committed). A second signal exits at once.
 *
 * `close` should stop accepting connections, let the requests in flight finish, then release the database:
 * `closeServer` does the first two, for a `node:http` server or a Fastify app. Requests that arrive meanwhile on a
 * kept-alive connection get a 503 with `Connection: close`, from the server itself (the registry answers them in its
 * own error shape) or from Fastify's `return503OnClosing`.
 *
 * @example
 * closeOnSignals(() => registry.close(), { name: 'BAS registry' });
 */
export function closeOnSignals(close: () => Promise<unknown>, options: CloseOnSignalsOptions): void {
  const { name, timeoutMs = 10_000 } = options;
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      console.error(`${name}: ${signal} again; exiting without waiting.`);
      process.exit(1);
    }
    closing = true;
    console.log(`${name}: ${signal}; finishing the requests in flight (at most ${timeoutMs / 1000} s).`);
    setTimeout(() => {
      console.error(
        `${name}: still closing after ${timeoutMs / 1000} s; exiting, which drops what is still open.`,
      );
      process.exit(1);
    }, timeoutMs);
    close().then(
      () => {
        console.log(`${name}: closed.`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`${name}: closing failed; exiting.`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
