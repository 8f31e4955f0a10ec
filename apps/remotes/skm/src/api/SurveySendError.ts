/**
 * Why an answer was not taken: too many from this address this minute (`too-many`, with the registry's
 * Retry-After), refused (another 4xx), the portal unable to keep it now (5xx), or not reached at all (`network`).
 */
export class SurveySendError extends Error {
  constructor(
    readonly kind: 'too-many' | 'refused' | 'unavailable' | 'network',
    /** The HTTP status; 0 when nothing answered. */
    readonly status: number,
    /** Seconds to wait before sending again, for `too-many`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      status === 0
        ? 'The portal could not be reached with the survey answer; the person was asked to check the connection and send again.'
        : `The portal answered HTTP ${status} (${kind}) to the survey answer; the person was told what to do and keeps their ratings.`,
    );
    this.name = 'SurveySendError';
  }
}
