import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
// Bundled into this chunk's own stylesheet, loaded from the console's origin: `style-src 'self'` allows it.
import 'uplot/dist/uPlot.min.css';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { formatUnit, type ChartUnit } from './formatUnit.ts';
import type { HourlySeries } from './HourlySeries.ts';
import { hourlyGrid, type ChartSpan } from './hourlyGrid.ts';

/** Tall enough to read a trend, short enough to leave the page around it on a phone. */
const height = 220;
/** Room for the widest axis value (`1.250 md`) at the axis font. */
const axisSize = 64;
/** Axis steps for whole counts: no 0.5 of an opening. */
const countSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
/** Up to this span the time axis names hours; beyond it, days. */
const hoursAxisSpan = 2 * 86_400;
/** An hour's bar takes most of its slot, and never grows wider than 24 px. */
const barSize: [factor: number, max: number] = [0.7, 24];

/**
 * The drawing of an hourly chart, with uPlot (loaded only by pages that draw one). It is a picture for sighted
 * readers, hidden from assistive technology: the chart's table says the same. uPlot sets its element sizes
 * through the style properties (CSSOM), which a `style-src` policy does not govern, and never animates, so a
 * person who asks for reduced motion gets none. It always takes the width of its box, down to a 360 px screen.
 */
export function UplotPlot({
  hours,
  series,
  span: shown,
}: {
  hours: readonly string[];
  series: readonly HourlySeries[];
  span?: ChartSpan | undefined;
}) {
  const box = useRef<HTMLDivElement>(null);
  const t = useTexts();
  const format = useFormat();
  const hourLabel = t.chart.hour;
  // By value: a parent that writes the range anew each render does not make the chart draw again.
  const from = shown?.from;
  const to = shown?.to;
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const style = getComputedStyle(element);
    const colour = (token: string) => style.getPropertyValue(token).trim();
    const ink = colour('--bas-ink');
    const rule = colour('--bas-border');
    const font = `12px ${style.fontFamily}`;
    const data = hourlyGrid(
      hours,
      series.map((line) => line.values),
      from === undefined || to === undefined ? undefined : { from, to },
    );
    const times = data[0];
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
    const units = [...new Set(series.map((line) => line.unit))];
    const scale = (unit: ChartUnit): uPlot.Scale => ({
      // From zero, so a small change does not look like a fall; a share never past 100%.
      range: (_plot, _min, max) => {
        const top = max > 0 ? max * 1.1 : 1;
        return [0, unit === 'ratio' ? Math.min(top, 1) : top];
      },
    });
    const grid = { stroke: rule, width: 1 };
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height,
        // Days start at midnight WIB, as everywhere else in the console.
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Asia/Jakarta'),
        // Zooming by dragging is for a mouse only; the table gives every hour to everyone.
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, ...Object.fromEntries(units.map((unit) => [unit, scale(unit)])) },
        series: [
          {
            label: hourLabel,
            value: (_plot, seconds) =>
              seconds === null ? '' : format.moment(new Date(seconds * 1000).toISOString()),
          },
          ...series.map((line): uPlot.Series => {
            const stroke = colour(line.colour);
            const bars = line.bars === true ? uPlot.paths.bars?.({ size: barSize }) : undefined;
            return {
              label: line.label,
              scale: line.unit,
              stroke,
              width: 2,
              value: (_plot, value) => (value === null ? t.none : formatUnit(format, line.unit, value)),
              ...(line.dashed === true ? { dash: [6, 4] } : {}),
              ...(bars === undefined ? {} : { fill: stroke, paths: bars }),
            };
          }),
        ],
        axes: [
          {
            stroke: ink,
            font,
            grid,
            ticks: grid,
            values: (_plot, splits) =>
              splits.map((seconds) =>
                span <= hoursAxisSpan ? format.clock(seconds * 1000) : format.dayMonth(seconds * 1000),
              ),
          },
          ...units.map((unit, index): uPlot.Axis => ({
            scale: unit,
            // The first unit on the left, a second one on the right without grid lines of its own.
            side: index === 0 ? 3 : 1,
            stroke: ink,
            font,
            size: axisSize,
            grid: { ...grid, show: index === 0 },
            ticks: grid,
            values: (_plot, splits) => splits.map((value) => formatUnit(format, unit, value)),
            ...(unit === 'count' ? { incrs: countSteps } : {}),
          })),
        ],
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [hours, series, from, to, format, hourLabel, t.none]);
  return <div ref={box} className="chart-plot" aria-hidden="true" />;
}
