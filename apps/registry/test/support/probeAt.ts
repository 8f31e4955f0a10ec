import type { ProbeResult } from '../../src/monitor/ProbeResult.ts';

/** A probe's result, passed unless told otherwise: a failed one is ppid's HTTP 502, with no latency. */
export function probeAt(at: string, result: Partial<ProbeResult> = {}): ProbeResult {
  const failed = result.status === 'down';
  return {
    at,
    status: 'up',
    problem: failed ? 'http' : null,
    reason: failed ? 'https://ppid.kotabogor.go.id/ answered HTTP 502.' : null,
    latencyMs: failed ? null : 120,
    certificateDays: null,
    ...result,
  };
}
