import type { TelemetryPath } from '@bas/auth-bridge';

export interface TelemetrySink<T> {
  record(item: T): void;
  /** Sends what is queued now. */
  flush(): void;
}

/** Delivers one batch, `body`, to the registry's `path` (deliverBatch: through the auth frame, or a beacon). */
export type SendBatch = (path: TelemetryPath, body: Record<string, unknown[]>) => void;

/** A batch is sent when it is this full, or after `flushMs`, or when the page is hidden. */
const batchSize = 20;
const flushMs = 5000;

/**
 * Queues what the shell reports for the apps (their telemetry records, real-user samples) and sends it to the
 * registry's `path` in batches, `{ [key]: [...] }`: one request per batch keeps a phone's radio idle. The queue is
 * sent when the page is hidden (a tab switched away from may never come back, and the auth frame still runs then),
 * and on `pagehide`, so the last batch leaves with the person.
 */
export function createTelemetrySink<T>(path: TelemetryPath, key: string, send: SendBatch): TelemetrySink<T> {
  let queue: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    send(path, { [key]: batch });
  };
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  addEventListener('pagehide', flush);
  return {
    record(item) {
      queue.push(item);
      if (queue.length >= batchSize) flush();
      else timer ??= setTimeout(flush, flushMs);
    },
    flush,
  };
}
