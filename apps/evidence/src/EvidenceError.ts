/**
 * A failure the person running `npm run evidence` can act on: its message says what was wrong and what to do, so
 * the command prints it alone, without a stack trace.
 */
export class EvidenceError extends Error {
  override name = 'EvidenceError';
}
