import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Spread } from './stats.ts';

/** One figure of the report: measured (median, min, max of its runs), with its budget when it has one. */
export interface Figure {
  section: string;
  name: string;
  unit: string;
  value: Spread;
  /** The budget and which side of it passes. */
  budget?: { limit: number; atMost: boolean };
  note?: string;
}

export function passes(figure: Figure): boolean | undefined {
  if (figure.budget === undefined) return undefined;
  return figure.budget.atMost
    ? figure.value.median <= figure.budget.limit
    : figure.value.median >= figure.budget.limit;
}

const format = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value < 10 ? 2 : 1);

/** The Markdown table: every figure with its budget and pass/fail. */
export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const { median, min, max, runs } = figure.value;
    const budget =
      figure.budget === undefined ? '' : `${figure.budget.atMost ? '≤' : '≥'} ${format(figure.budget.limit)}`;
    const verdict = { true: 'pass', false: '**fail**', undefined: '' }[
      String(passes(figure)) as 'true' | 'false' | 'undefined'
    ];
    return `| ${figure.section} | ${figure.name}${figure.note === undefined ? '' : ` (${figure.note})`} | ${format(median)} ${figure.unit} | ${format(min)} – ${format(max)} (${runs}) | ${budget} | ${verdict} |`;
  });
  return [
    '| section | figure | median | min – max (runs) | budget | |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Writes bench/results/<timestamp>.json and .md, and returns the table. */
export function writeReport(
  resultsDir: string,
  figures: readonly Figure[],
  context: Record<string, unknown>,
): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const table = markdownTable(figures);
  writeFileSync(
    join(resultsDir, `${stamp}.json`),
    `${JSON.stringify({ at: new Date().toISOString(), context, figures }, null, 2)}\n`,
  );
  writeFileSync(
    join(resultsDir, `${stamp}.md`),
    `# BAS benchmark, ${new Date().toISOString()}\n\n${table}\n`,
  );
  return table;
}
