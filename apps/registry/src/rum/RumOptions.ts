import { resolveWholeNumbers } from '../resolveWholeNumbers.ts';

/**
 * How long real-user monitoring keeps what the shell measured, and how often it rolls it up. What `POST /api/rum`
 * takes is bounded by the telemetry's limits (TelemetryOptions), the same numbers, counted apart.
 */
export interface RumOptions {
  /**
   * Days a raw sample is kept; 14 by default. The usage's percentiles come from raw samples, so they reach this far
   * back; a sample is deleted only once its hour is rolled up, so its counts stay.
   */
  retentionDays?: number | undefined;
  /**
   * Days the hourly figures (counts and percentiles per app, metric and cause) are kept, counted from their hour; 760
   * by default: the whole of the previous year until the end of this one, since the SPBE evaluation asks for a
   * year's evidence during the next (and a year can be compared with the one before). Must be more than
   * `retentionDays`. Also the longest range the usage answers.
   */
  hourlyRetentionDays?: number | undefined;
  /**
   * Minutes between two roll-ups (and deletions past the retentions), besides the one at start; 5 by default, so
   * an hour's figures are in `rum_hourly` a few minutes after it ends.
   */
  rollUpMinutes?: number | undefined;
}

export type ResolvedRumOptions = { [K in keyof RumOptions]-?: number };

export const rumDefaults: ResolvedRumOptions = {
  retentionDays: 14,
  hourlyRetentionDays: 760,
  rollUpMinutes: 5,
};

/**
 * The options with their defaults; a value that is not a whole number of at least 1, or hourly figures kept no
 * longer than raw samples, stops the start.
 */
export function resolveRumOptions(options: RumOptions = {}): ResolvedRumOptions {
  const resolved = resolveWholeNumbers('real-user monitoring', rumDefaults, options);
  if (resolved.hourlyRetentionDays <= resolved.retentionDays) {
    throw new Error(
      `The real-user monitoring option hourlyRetentionDays (${resolved.hourlyRetentionDays}) must be more than retentionDays (${resolved.retentionDays}): samples older than retentionDays live on only as hourly figures. Raise hourlyRetentionDays or lower retentionDays.`,
    );
  }
  return resolved;
}
