const hourMs = 3_600_000;

/** A chart's data as uPlot takes it: the hours in epoch seconds, then one column of values per series. */
export type HourlyGrid = [hours: number[], ...columns: (number | null)[][]];

/** The hours a chart spans, ISO instants: its first hour is the one `from` falls in, its last the one `to` falls in. */
export interface ChartSpan {
  from: string;
  to: string;
}

const hourOf = (instant: number) => Math.floor(instant / hourMs) * hourMs;

/**
 * Every hour of the chart a row, from the first to the last: the whole `span` when given (the range the person
 * chose, so one busy hour is drawn where it was and not stretched across the chart), else the hours with data. An
 * hour the registry sent no data for holds nulls, so a line breaks there instead of bridging hours nobody measured.
 * `columns` are aligned with `hours` (ISO instants, oldest first); an hour that is not a date is left to the table,
 * which shows it as it came.
 */
export function hourlyGrid(
  hours: readonly string[],
  columns: readonly (readonly (number | null)[])[],
  span?: ChartSpan,
): HourlyGrid {
  const rows = hours
    .map((hour, row) => ({ instant: Date.parse(hour), row }))
    .filter(({ instant }) => !Number.isNaN(instant));
  const from = span === undefined ? Number.NaN : Date.parse(span.from);
  const to = span === undefined ? Number.NaN : Date.parse(span.to);
  const bounded = !Number.isNaN(from) && !Number.isNaN(to) && from <= to;
  const first = bounded ? hourOf(from) : rows[0]?.instant;
  const last = bounded ? hourOf(to) : rows.at(-1)?.instant;
  if (first === undefined || last === undefined) return [[], ...columns.map(() => [])];
  const slot = (instant: number) => Math.round((instant - first) / hourMs);
  const count = slot(last) + 1;
  const filled = columns.map((column) => {
    const values = new Array<number | null>(count).fill(null);
    for (const { instant, row } of rows) {
      const at = slot(instant);
      if (at >= 0 && at < count) values[at] = column[row] ?? null;
    }
    return values;
  });
  return [Array.from({ length: count }, (_, index) => (first + index * hourMs) / 1000), ...filled];
}
