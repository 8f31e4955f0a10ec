import { z } from 'zod';

/**
 * `?period=2026`: the UTC year a survey's answers and an evidence's figures are read for, this year when left out.
 * Years only: the SPBE evaluation and the satisfaction survey's yearly report are both by the calendar year.
 */
export const periodQuery = z.object({
  period: z
    .string()
    .regex(/^20\d\d$/, { error: 'must be a year from 2000 to 2099, like 2026; leave it out for this year' })
    .optional(),
});

/** The period asked for, or the UTC year `now` is in. */
export function periodAsked({ period }: z.infer<typeof periodQuery>, now = new Date()): string {
  return period ?? String(now.getUTCFullYear());
}
