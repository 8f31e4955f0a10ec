import type { ManifestEntry } from '@bas/manifest';
import { ProbeFailure } from './ProbeFailure.ts';
import type { ProbeResult } from './ProbeResult.ts';
import { probeFederated } from './probeFederated.ts';
import { probePage } from './probePage.ts';

/** Fewer days than this left on an app's certificate make it `degraded`: time to renew it before browsers refuse it. */
export const certificateWarningDays = 14;

export interface ProbeSettings {
  /** A probe that has not finished by then fails (`timeout`). */
  timeoutMs: number;
  /** A probe that succeeds but takes longer is `degraded` (`slow`). */
  slowMs: number;
  /** The monitor's clock. */
  now: () => Date;
  /** Aborted when the monitor stops: the probe is dropped, not recorded as a failure. */
  signal: AbortSignal;
}

/**
 * Probes one app as a person's browser would reach it (see probeFederated, probePage) and judges the result: `down`
 * when it failed, `degraded` when it succeeded slowly or its certificate expires within 14 days, `up` otherwise.
 * Rejects only when the monitor stops meanwhile.
 */
export async function probeEntry(entry: ManifestEntry, settings: ProbeSettings): Promise<ProbeResult> {
  const now = settings.now();
  const started = performance.now();
  // A timer of our own rather than AbortSignal.timeout(): inside AbortSignal.any(), Node 20 lets a garbage collection
  // take the timeout signal before it fires (nodejs/node#57736), and an app that never answers was then probed
  // once and never again. The timer holds the controller until it fires or the probe ends.
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('The probe took too long.', 'TimeoutError')),
    settings.timeoutMs,
  );
  const request = {
    signal: AbortSignal.any([settings.signal, timeout.signal]),
    timeoutMs: settings.timeoutMs,
    now,
  };
  const base = { at: now.toISOString(), latencyMs: null, certificateDays: null };
  let certificate: { host: string; days: number } | undefined;
  try {
    ({ certificate } =
      entry.kind === 'federated'
        ? await probeFederated(entry, request)
        : await probePage(entry.url, request));
  } catch (error) {
    if (!(error instanceof ProbeFailure)) throw error;
    return { ...base, status: 'down', problem: error.problem, reason: error.message };
  } finally {
    clearTimeout(timer);
  }
  const latencyMs = Math.round(performance.now() - started);
  const found = { ...base, latencyMs, certificateDays: certificate?.days ?? null };
  if (certificate !== undefined && certificate.days < certificateWarningDays) {
    return {
      ...found,
      status: 'degraded',
      problem: 'certificate-expiring',
      reason: `The TLS certificate of ${certificate.host} expires in ${certificate.days} days: renew it before browsers refuse the app.`,
    };
  }
  if (latencyMs > settings.slowMs) {
    return {
      ...found,
      status: 'degraded',
      problem: 'slow',
      reason: `It took ${(latencyMs / 1000).toFixed(1)} s to load, more than ${settings.slowMs / 1000} s.`,
    };
  }
  return { ...found, status: 'up', problem: null, reason: null };
}
