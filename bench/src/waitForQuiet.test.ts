import { describe, expect, it } from 'vitest';
import { waitForQuiet } from './waitForQuiet.ts';

/**
 * A machine whose CPU was busy for `shares[i]` of window i (then for `rest` of every later one), read as the wait
 * starts and at the end of each window; counts the windows read.
 */
function machine(shares: number[], rest = shares.at(-1) ?? 0) {
  let busy = 0;
  let total = 0;
  let reads = 0;
  const cpuTimes = () => {
    if (reads > 0) {
      busy += (shares[reads - 1] ?? rest) * 1000;
      total += 1000;
    }
    reads += 1;
    return { busy, total };
  };
  return { cpuTimes, windows: () => reads - 1 };
}

describe('waitForQuiet', () => {
  it('waits for two quiet windows in a row: a busy one in between starts the count again', async () => {
    const busyThenQuiet = machine([0.9, 0.05, 0.5, 0.02, 0.03]);
    expect(await waitForQuiet({ windowMs: 1, cpuTimes: busyThenQuiet.cpuTimes })).toBe(true);
    expect(busyThenQuiet.windows()).toBe(5);
  });

  it('gives up after its limit on a machine that stays busy, and says so', async () => {
    const busy = machine([0.5]);
    expect(await waitForQuiet({ windowMs: 1, limitMs: 50, cpuTimes: busy.cpuTimes })).toBe(false);
    expect(busy.windows()).toBeGreaterThan(2);
  });
});
