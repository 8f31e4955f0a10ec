import type { WebVital } from '../api/registryApi.ts';

export type VitalRating = 'good' | 'needs-improvement' | 'poor';

/**
 * Google's thresholds for the Core Web Vitals, read at the 75th percentile of page loads (web.dev, "Web Vitals"):
 * up to `good` is good, above `poor` is poor, between them needs improvement. CLS has no unit; the others are ms.
 */
export const vitalThresholds: Record<WebVital, { good: number; poor: number }> = {
  LCP: { good: 2500, poor: 4000 },
  INP: { good: 200, poor: 500 },
  CLS: { good: 0.1, poor: 0.25 },
  FCP: { good: 1800, poor: 3000 },
  TTFB: { good: 800, poor: 1800 },
};

/** How Google rates a vital's 75th percentile. */
export function rateWebVital(vital: WebVital, p75: number): VitalRating {
  const { good, poor } = vitalThresholds[vital];
  if (p75 <= good) return 'good';
  return p75 > poor ? 'poor' : 'needs-improvement';
}
