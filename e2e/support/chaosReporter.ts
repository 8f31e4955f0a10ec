import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { ChaosRow } from './chaosRow.ts';

/**
 * Prints the chaos suite's table at the end of a run (and writes it to test-results/chaos.md for the README): each
 * fault, what a person saw, the time to recover once the part was back, and the writes lost.
 */
export default class ChaosReporter implements Reporter {
  private readonly rows: ChaosRow[] = [];

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status !== 'passed') return;
    for (const annotation of result.annotations) {
      if (annotation.type === 'chaos' && annotation.description !== undefined) {
        this.rows.push(JSON.parse(annotation.description) as ChaosRow);
      }
    }
  }

  onEnd(): void {
    if (this.rows.length === 0) return;
    const lines = [
      '| fault | what a person saw | recovered after the part was back | writes lost |',
      '|---|---|---|---|',
      ...this.rows.map(
        (row) =>
          `| ${row.fault} | ${row.seen} | ${row.recoveredMs === undefined ? 'nothing to recover' : `${(row.recoveredMs / 1000).toFixed(1)} s`} | ${row.writesLost} |`,
      ),
    ];
    const table = lines.join('\n');
    writeFileSync('test-results/chaos.md', `${table}\n`);
    console.log(`\nChaos suite: what people saw when parts failed\n${table}\n`);
  }
}
