import { nearestRank } from './nearestRank.ts';

/**
 * The nearest-rank percentile (`fraction` 0.5 for p50, 0.95 for p95) of numbers sorted from low to high; null for
 * none. A value that was measured, never one between two measurements.
 */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[nearestRank(sorted.length, fraction)] ?? null;
}
