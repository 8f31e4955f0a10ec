import type { ProbeProblem, ProbeStatus } from '../db/schema.ts';

/** What one probe of an app found. */
export interface ProbeResult {
  /** When the probe started. */
  at: string;
  status: ProbeStatus;
  /** Null when the app answered well. */
  problem: ProbeProblem | null;
  /** What was wrong, for the app's developers; null when nothing was. */
  reason: string | null;
  /** How long the whole probe took; null for a failed probe. */
  latencyMs: number | null;
  /** Days left on the TLS certificate of an https app (the fewest, when several hosts answered). */
  certificateDays: number | null;
}
