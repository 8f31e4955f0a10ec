/**
 * Where the nearest-rank percentile (`fraction` 0.5 for p50, 0.95 for p95) of `count` numbers sorted from low to
 * high is: its index from 0. One rule for the percentiles computed here and those read from the database by offset.
 */
export function nearestRank(count: number, fraction: number): number {
  return Math.max(0, Math.ceil(fraction * count) - 1);
}
