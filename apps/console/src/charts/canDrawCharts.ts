let drawable: boolean | undefined;

/**
 * Whether this browser can draw a chart: some privacy settings give pages no 2D canvas (as do test DOMs), and there
 * the table is the chart, open from the start.
 */
export function canDrawCharts(): boolean {
  drawable ??= typeof Path2D === 'function' && document.createElement('canvas').getContext('2d') !== null;
  return drawable;
}
