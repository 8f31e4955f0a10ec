import type { HealthStatus, ProbeProblem } from '../db/schema.ts';
import type { ProbeResult } from './ProbeResult.ts';

/** An app's derived status, as the monitor keeps it between probes. */
export interface AppHealth {
  status: HealthStatus;
  /** When the current status began; for `down`, when the first of the failed probes ran. */
  since: string;
  problem: ProbeProblem | null;
  reason: string | null;
  /** Failed probes in a row. */
  failures: number;
  /** When the current run of failed probes began; null after a success. */
  failingSince: string | null;
  /** When the last probe ran. */
  checkedAt: string;
}

/**
 * The app's status after one more probe. `down` once `downAfter` probes in a row have failed (one failure is a
 * blip: a restart, a lost packet), since the first of them; `up` or `degraded` again from the first probe that
 * succeeds. While failures are fewer than `downAfter`, the status and its reason stay what they were (`unknown` for
 * an app not yet judged).
 */
export function deriveHealth(
  before: AppHealth | undefined,
  probe: ProbeResult,
  downAfter: number,
): AppHealth {
  const failed = probe.status === 'down';
  const failures = failed ? (before?.failures ?? 0) + 1 : 0;
  const failingSince = failed ? (before?.failingSince ?? probe.at) : null;
  const checkedAt = probe.at;
  if (failed && failures < downAfter) {
    const { status = 'unknown', since = probe.at, problem = null, reason = null } = before ?? {};
    return { status, since, problem, reason, failures, failingSince, checkedAt };
  }
  const status = probe.status;
  const since =
    before?.status === status ? before.since : status === 'down' ? (failingSince ?? probe.at) : probe.at;
  return { status, since, problem: probe.problem, reason: probe.reason, failures, failingSince, checkedAt };
}
