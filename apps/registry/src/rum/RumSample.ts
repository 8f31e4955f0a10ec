import type { RumCause } from '../db/schema.ts';

/** Why an opening failed, as the shell tells it apart; each is counted on its own. */
export const rumFailureCauses = [
  'timeout',
  'network',
  'integrity',
  'sdk-version',
  'mount-error',
  'render-error',
] as const satisfies ReadonlyArray<Exclude<RumCause, ''>>;

export type RumFailureCause = (typeof rumFailureCauses)[number];

/** The portal's Core Web Vitals, measured while an app was on screen. */
export const rumVitals = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'] as const;

export type RumVital = (typeof rumVitals)[number];

/**
 * One measurement the shell sends: an opening of an app that mounted, one that failed and why (each with the
 * milliseconds from the start of the attempt), or a Core Web Vital of the portal while the app was on screen
 * (milliseconds; CLS unitless).
 */
export type RumSample =
  | { appId: string; metric: 'open'; outcome: 'mounted'; ms: number }
  | { appId: string; metric: 'open'; outcome: 'failed'; cause: RumFailureCause; ms: number }
  | { appId: string; metric: RumVital; value: number };
