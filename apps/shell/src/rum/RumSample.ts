/** Why an opening failed, as the registry counts it (`POST /api/rum`). */
export type RumCause = 'timeout' | 'network' | 'integrity' | 'sdk-version' | 'mount-error' | 'render-error';

/** The portal's Core Web Vitals. */
export type RumVital = 'LCP' | 'INP' | 'CLS' | 'FCP' | 'TTFB';

/**
 * One measurement for the registry: an opening of an app that mounted, or failed and why (each with the milliseconds
 * from the start of the attempt), or a Core Web Vital of the portal while the app was on screen (milliseconds; CLS
 * unitless). Nothing about the person, and no address.
 */
export type RumSample =
  | { appId: string; metric: 'open'; outcome: 'mounted'; ms: number }
  | { appId: string; metric: 'open'; outcome: 'failed'; cause: RumCause; ms: number }
  | { appId: string; metric: RumVital; value: number };

/**
 * The most milliseconds a sample may carry: the registry refuses a batch with more (an opening gives up after at most
 * 120 s; a longer figure comes from a tab left in the background).
 */
export const longestSampleMs = 600_000;
