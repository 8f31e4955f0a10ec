import type { Formats } from '../i18n/useFormat.ts';

/** What a chart's series counts: openings or probes, a duration, or a share of 1. */
export type ChartUnit = 'count' | 'ms' | 'ratio';

/** A chart's value in words, the same in its axis, its legend and its table. */
export function formatUnit(format: Formats, unit: ChartUnit, value: number): string {
  if (unit === 'ms') return format.duration(value);
  return unit === 'ratio' ? format.percent(value) : format.number(value);
}
