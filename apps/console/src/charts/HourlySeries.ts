import type { ChartUnit } from './formatUnit.ts';

/** One series of an hourly chart: a line or bars in the drawing, a column in its table. */
export interface HourlySeries {
  label: string;
  /** Aligned with the chart's hours; null where the hour has no such value. */
  values: readonly (number | null)[];
  unit: ChartUnit;
  /** The design token holding its colour, e.g. `--bas-green`. */
  colour: `--bas-${string}`;
  /** Bars rather than a line: counts per hour. */
  bars?: boolean;
  /** A dashed line, so that two lines differ by more than their colour. */
  dashed?: boolean;
}
