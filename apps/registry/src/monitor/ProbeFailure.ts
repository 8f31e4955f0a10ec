import type { ProbeProblem } from '../db/schema.ts';

/** Why a probe failed: its message is the reason the app's developers read, naming the address that failed. */
export class ProbeFailure extends Error {
  override readonly name = 'ProbeFailure';

  constructor(
    readonly problem: ProbeProblem,
    message: string,
  ) {
    super(message);
  }
}
