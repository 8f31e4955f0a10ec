import { test } from '@playwright/test';

/** One line of the chaos table: a part failed, what a person saw, how long the portal took to recover. */
export interface ChaosRow {
  fault: string;
  seen: string;
  /** From the part being back to the portal serving as before; undefined where nothing had to recover. */
  recoveredMs?: number;
  writesLost: number;
}

/** Records the test's row, for the table the chaos reporter prints at the end of the run. */
export function chaosRow(row: ChaosRow): void {
  test.info().annotations.push({ type: 'chaos', description: JSON.stringify(row) });
}

/** Milliseconds until `check` passes (polled every 250 ms), failing after `limitMs`. */
export async function timeUntil(check: () => Promise<boolean>, limitMs: number): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > limitMs) throw new Error(`not recovered within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
