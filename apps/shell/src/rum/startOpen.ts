import type { RumCause } from './RumSample.ts';
import { longestSampleMs } from './RumSample.ts';
import { whenSampled } from './whenSampled.ts';

/** One attempt to open an app: reported once, as the first of `mounted` or `failed`. */
export interface OpenAttempt {
  mounted(): void;
  failed(cause: RumCause): void;
}

/**
 * Starts timing an attempt to open `appId`; a retry is another attempt. One left before it mounted or failed (the
 * person went elsewhere) is not reported: it has no outcome.
 */
export function startOpen(appId: string, now: () => number = () => performance.now()): OpenAttempt {
  const started = now();
  let settled = false;
  const settle = (outcome: { outcome: 'mounted' } | { outcome: 'failed'; cause: RumCause }) => {
    if (settled) return;
    settled = true;
    const ms = Math.round(now() - started);
    if (ms > longestSampleMs) return;
    whenSampled((rum) => rum.record({ appId, metric: 'open', ...outcome, ms }));
  };
  return {
    mounted: () => settle({ outcome: 'mounted' }),
    failed: (cause) => settle({ outcome: 'failed', cause }),
  };
}
