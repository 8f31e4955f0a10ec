import { lazy, Suspense, useId } from 'react';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { canDrawCharts } from './canDrawCharts.ts';
import { ChartBoundary } from './ChartBoundary.tsx';
import { formatUnit } from './formatUnit.ts';
import type { HourlySeries } from './HourlySeries.ts';
import type { ChartSpan } from './hourlyGrid.ts';

// uPlot and its stylesheet come in their own chunk, fetched by the first page that draws a chart.
const UplotPlot = lazy(async () => ({ default: (await import('./UplotPlot.tsx')).UplotPlot }));

/**
 * A chart of values per hour under a visible heading, drawn for the eye and hidden from assistive technology, with
 * the same numbers in a table that anyone can open ("Tampilkan sebagai tabel"). Where the browser cannot draw,
 * the table is open from the start.
 */
export function HourlyChart({
  title,
  hours,
  series,
  span,
}: {
  title: string;
  /** The range the chart shows, when it is wider than the hours with data. */
  span?: ChartSpan | undefined;
  /** ISO instants of the hours that have data, oldest first. */
  hours: readonly string[];
  series: readonly HourlySeries[];
}) {
  const t = useTexts();
  const format = useFormat();
  const headingId = useId();
  const drawable = canDrawCharts();
  return (
    <div className="chart" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {drawable && (
        <ChartBoundary fallback={<p>{t.chart.failed}</p>}>
          <Suspense fallback={<div className="chart-plot chart-waiting" aria-hidden="true" />}>
            <UplotPlot hours={hours} series={series} span={span} />
          </Suspense>
        </ChartBoundary>
      )}
      <details className="chart-table" open={!drawable}>
        <summary>
          {t.chart.showTable}
          <span className="bas-visually-hidden">: {title}</span>
        </summary>
        <ScrollRegion label={title}>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.chart.hour}</th>
                {series.map((line) => (
                  <th key={line.label} scope="col" className="number">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hours.map((hour, row) => (
                <tr key={hour}>
                  <th scope="row">{format.moment(hour)}</th>
                  {series.map((line) => {
                    const value = line.values[row];
                    return (
                      <td key={line.label} className="number">
                        {value == null ? t.none : formatUnit(format, line.unit, value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </div>
  );
}
