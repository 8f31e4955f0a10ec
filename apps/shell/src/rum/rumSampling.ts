let decide: (sampled: boolean) => void = () => {};

/**
 * Whether this page view reports real-user monitoring, once the deployment's config has said how many do. Decided
 * once per page load, so a page reports all of its openings and vitals or none: the figures stay whole page views.
 */
export const rumSampled = new Promise<boolean>((resolve) => (decide = resolve));

/** Decides for this page view with the config's `rumSampleRate` (0 never, 1 always); later calls change nothing. */
export function sampleRum(rate: number, random: () => number = Math.random): void {
  decide(random() < rate);
}
