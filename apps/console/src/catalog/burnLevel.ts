import type { BurnWindow } from '../api/registryApi.ts';

export type BurnLevel = 'ok' | 'elevated' | 'critical';

/** The period an error budget is counted over: a burn rate of 1 spends it exactly in this time. */
const budgetPeriodMs = 30 * 86_400_000;

/**
 * The multiwindow thresholds of Google's SRE Workbook ("Alerting on SLOs") for a 30-day budget: a burn rate of 14.4
 * over the last hour spends 2% of the budget in that hour, the whole budget in about 2 days (30 / 14.4 ≈ 2.1); 6
 * over six hours spends 5% in those hours, the whole in 5 days. Either calls for someone now. Over 30 days, a rate
 * above 1 is what the workbook files as a ticket, never a page: the month's budget will not last, but not soon.
 */
export const criticalBurnRates = { '1h': 14.4, '6h': 6 } as const;

/**
 * A window's burn rate as a level: `critical` past its threshold, `elevated` when it spends the budget faster than
 * the period allows (above 1) but not that fast, `ok` otherwise.
 */
export function burnLevel(window: BurnWindow, rate: number): BurnLevel {
  if (rate <= 1) return 'ok';
  return window !== '30d' && rate >= criticalBurnRates[window] ? 'critical' : 'elevated';
}

/** How long a whole budget lasts at `rate`: 30 days at 1, about 2 days at 14.4. */
export const budgetLastsMs = (rate: number) => budgetPeriodMs / rate;
