import { startRecurringJob, type RecurringJob } from '../jobs/startRecurringJob.ts';
import type { RumStore } from './createRumStore.ts';
import type { ResolvedRumOptions } from './RumOptions.ts';

export type RumRollUp = RecurringJob;

/**
 * Rolls up the hours of real-user samples that are over, then deletes raw samples past their retention (of rolled-up
 * hours only) and hourly figures past theirs: at start, so a registry that was down catches up, and then every
 * `rollUpMinutes`, so an hour's figures are read from `rum_hourly` soon after it ends.
 */
export function startRumRollUp(
  rum: Pick<RumStore, 'rollUp' | 'forget'>,
  options: ResolvedRumOptions,
  onError: (error: unknown) => void,
): RumRollUp {
  return startRecurringJob(
    async (signal) => {
      const now = new Date();
      await rum.rollUp(now, { signal });
      await rum.forget(now, options.retentionDays, options.hourlyRetentionDays, { signal });
    },
    onError,
    options.rollUpMinutes * 60_000,
  );
}
