import type { TelemetryData } from '@bas/sdk';

export interface TelemetryRecord {
  appId: string;
  kind: 'event' | 'error';
  name: string;
  data?: TelemetryData;
  /** When it happened, ISO 8601. */
  at: string;
}

export interface TelemetrySink {
  record(record: TelemetryRecord): void;
  /** Sends what is queued now. */
  flush(): void;
}

/** A batch is sent when it is this full, or after `flushMs`, or when the page is hidden. */
const batchSize = 20;
const flushMs = 5000;

/**
 * Queues the apps' telemetry and sends it to the registry in batches: one request per batch keeps a phone's
 * radio idle, and `sendBeacon` on `pagehide` delivers the last batch when the person leaves.
 */
export function createTelemetrySink(endpoint: string): TelemetrySink {
  let queue: TelemetryRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const body = JSON.stringify({ records: queue });
    queue = [];
    const sent = navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' }));
    // Telemetry never disturbs the person: a batch the browser would not queue is dropped.
    if (!sent) console.debug('telemetry batch dropped');
  };
  addEventListener('pagehide', flush);
  return {
    record(record) {
      queue.push(record);
      if (queue.length >= batchSize) flush();
      else timer ??= setTimeout(flush, flushMs);
    },
    flush,
  };
}
