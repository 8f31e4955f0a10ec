import type { AppSlo, AppUsage } from '../api/registryApi.ts';

/** A day of pengumuman as browsers reported it: 12 openings, 2 failed (a timeout, an altered file). */
export function usageFixture(): AppUsage {
  return {
    app: 'pengumuman',
    since: '2026-12-01T10:00:00.000Z',
    until: '2026-12-02T10:00:00.000Z',
    opens: {
      attempts: 12,
      mounted: 10,
      failed: 2,
      failures: {
        timeout: 1,
        network: 0,
        integrity: 1,
        'sdk-version': 0,
        'mount-error': 0,
        'render-error': 0,
      },
      timeToMountedMs: { p50: 120, p75: 180, p95: 1400 },
    },
    vitals: {
      LCP: { count: 3, p75: 2100 },
      INP: { count: 2, p75: 350 },
      CLS: { count: 3, p75: 0.3 },
      FCP: null,
      TTFB: null,
    },
    hours: [
      { hour: '2026-12-02T01:00:00.000Z', attempts: 5, failed: 1, mountedP75Ms: 170 },
      { hour: '2026-12-02T03:00:00.000Z', attempts: 7, failed: 1, mountedP75Ms: 190 },
    ],
  };
}

/**
 * Pengumuman's objectives in December: availability well within its budget; load success past it, with the last
 * hour (20×) and six hours (8×) burning fast enough to call someone, and the month (1.5×) over budget.
 */
export function sloFixture(): AppSlo {
  return {
    app: 'pengumuman',
    month: '2026-12',
    availability: {
      objective: 99.5,
      measured: 99.93,
      budgetRemaining: 0.86,
      burnRates: { '1h': 0, '6h': 0.4, '30d': 0.14 },
    },
    loadSuccess: {
      objective: 99,
      measured: 98.5,
      budgetRemaining: -0.5,
      burnRates: { '1h': 20, '6h': 8, '30d': 1.5 },
    },
  };
}
