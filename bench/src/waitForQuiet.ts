import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

interface CpuTimes {
  busy: number;
  total: number;
}

/** The machine's CPU time so far, over all its cores: busy and in total, in ms. */
function machineCpuTimes(): CpuTimes {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
}

/**
 * Resolves once the whole machine (every process, not only this one) has used under `busyShare` of its CPU over
 * two windows of `windowMs` in a row, or after `limitMs` whatever it does; says which. A measurement that runs
 * beside other work (a server still starting, a monitor's first round) measures that work too.
 */
export async function waitForQuiet({
  busyShare = 0.1,
  windowMs = 1000,
  limitMs = 60_000,
  cpuTimes = machineCpuTimes,
}: {
  busyShare?: number;
  windowMs?: number;
  limitMs?: number;
  cpuTimes?: () => CpuTimes;
} = {}): Promise<boolean> {
  const until = Date.now() + limitMs;
  let quietWindows = 0;
  // Each window starts where the last one ended: no work falls between two.
  let before = cpuTimes();
  while (Date.now() < until) {
    await sleep(windowMs);
    const after = cpuTimes();
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    quietWindows = share < busyShare ? quietWindows + 1 : 0;
    if (quietWindows === 2) return true;
    before = after;
  }
  return false;
}
