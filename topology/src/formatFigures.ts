import type { TopologyFigures } from './runTopology.ts';

const seconds = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(1)} s`);

/** The figures as the Markdown table the README shows, and the verdicts the run must meet. */
export function formatFigures(figures: TopologyFigures): string {
  const { killSwitchMs: kill, signedOut } = figures;
  return [
    `Parts: ${figures.parts}.`,
    '',
    '| event | requests | failed | served again after | part back after |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...figures.rows.map(
      (row) =>
        `| ${row.event} | ${row.requests} | ${row.failed} | ${seconds(row.servedAgainSeconds)} | ${seconds(row.backSeconds)} |`,
    ),
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| publishes accepted | ${figures.publishesAccepted} |`,
    `| publishes lost (must be 0) | ${figures.publishesLost} |`,
    `| publish tries repeated by the publisher | ${figures.publishRetries} |`,
    `| kill switch on every replica, p50 | ${kill.p50} ms |`,
    `| kill switch on every replica, p99 (≤ 1000 ms) | ${kill.p99} ms |`,
    `| kill switch on every replica, slowest | ${kill.max} ms (${kill.samples} replica-switches) |`,
    `| signed-in people signed out (${signedOut.event}) | ${signedOut.lost} of ${signedOut.sessions} |`,
    '',
    '| throughput, every part up, all on this machine | at once | per second | p95 | failed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...figures.throughput.map(
      (rate) =>
        `| ${rate.name} | ${rate.concurrency} | ${rate.perSecond} | ${rate.p95Ms} ms | ${rate.failed} |`,
    ),
  ].join('\n');
}

/** What the run must show; each broken promise in words. */
export function verdicts(figures: TopologyFigures): string[] {
  const problems: string[] = [];
  if (figures.publishesLost > 0)
    problems.push(`${figures.publishesLost} publishes the registry accepted are missing from the database.`);
  if (figures.killSwitchMs.p99 > 1000)
    problems.push(
      `A kill switch took ${figures.killSwitchMs.p99} ms at p99 to reach every replica (at most 1000).`,
    );
  if (figures.signedOut.lost > 0)
    problems.push(
      `${figures.signedOut.lost} signed-in people were signed out by: ${figures.signedOut.event}.`,
    );
  return problems;
}
