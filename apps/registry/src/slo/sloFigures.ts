/** Attempts in a stretch of time, and how many of them failed: the monitor's probes, or people's openings. */
export interface Attempts {
  total: number;
  failed: number;
}

/** The windows a burn rate is read over: the last hour and six hours catch a fast burn, 30 days a slow one. */
export type BurnWindow = '1h' | '6h' | '30d';

/** One objective of an app and how the app does against it this UTC month. */
export interface SloFigures {
  /** Percent. */
  objective: number;
  /** Percent of this month's attempts that succeeded; null before any. */
  measured: number | null;
  /**
   * The share of this month's error budget left: 1 with no failure, 0 once failures reach what the objective allows
   * of the attempts so far, below 0 past it; null before any attempt.
   */
  budgetRemaining: number | null;
  /**
   * For each window, its failure ratio over the one the objective allows: 1 spends the budget exactly by the end of
   * the month, 14.4 over an hour spends 2 % of a month's budget in that hour; null without attempts in the window.
   */
  burnRates: Record<BurnWindow, number | null>;
}

/** Four decimals: more than a person reads, and none of the noise of the division (0.6000000000000001). */
const rounded = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * How an app does against an objective of `objective` percent: this month's attempts (`month`) give the measured
 * percent and the budget left, each window's attempts its burn rate.
 *
 * @example
 * sloFigures(99.5, { total: 1000, failed: 2 }, windows).budgetRemaining; // 0.6: 2 of the 5 failures allowed so far
 */
export function sloFigures(
  objective: number,
  month: Attempts,
  windows: Record<BurnWindow, Attempts>,
): SloFigures {
  // From the percent's complement, so 99.5 allows 0.005 of attempts to fail, not 0.005000000000000004.
  const allowed = (100 - objective) / 100;
  const failureRatio = ({ total, failed }: Attempts) => (total === 0 ? null : failed / total);
  const monthRatio = failureRatio(month);
  const burnRate = (attempts: Attempts) => {
    const ratio = failureRatio(attempts);
    return ratio === null ? null : rounded(ratio / allowed);
  };
  return {
    objective,
    measured: monthRatio === null ? null : rounded((1 - monthRatio) * 100),
    budgetRemaining: monthRatio === null ? null : rounded(1 - monthRatio / allowed),
    burnRates: {
      '1h': burnRate(windows['1h']),
      '6h': burnRate(windows['6h']),
      '30d': burnRate(windows['30d']),
    },
  };
}
