const hourMs = 3600 * 1000;

/** The start of the hour `time` falls in, and of the first whole hour at or after it. */
const hourStart = (time: string) => new Date(Math.floor(Date.parse(time) / hourMs) * hourMs).toISOString();
const nextHourStart = (time: string) => new Date(Math.ceil(Date.parse(time) / hourMs) * hourMs).toISOString();

/** Where a range's samples are counted from: hours `[wholeFrom, rolledEnd)` by the hour, the rest one by one. */
export interface RollupSplit {
  wholeFrom: string;
  rolledEnd: string;
}

/**
 * How to count the real-user samples received from `since` until `until` exactly once, with the roll-up `through`
 * (rollupThrough; undefined before any): the whole hours of the range before `through` from `rum_hourly` (`hour >=
 * wholeFrom and hour < rolledEnd`), every other sample of the range from `rum_samples` (`received_at < wholeFrom or
 * received_at >= rolledEnd`), so one received a moment ago counts at once. The part hour a range starts with is
 * counted from the raw samples, which no hourly count splits (a range reaching back past the raw retention misses that
 * part hour). Before any roll-up, or with `through` before the range, no hour is counted by the hour.
 *
 * @example
 * splitAtRollup('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2026-03-04T05:00:00.000Z');
 * // { wholeFrom: '2026-01-01T00:00:00.000Z', rolledEnd: '2026-03-04T05:00:00.000Z' }
 */
export function splitAtRollup(since: string, until: string, through: string | undefined): RollupSplit {
  const wholeFrom = nextHourStart(since);
  const untilHour = hourStart(until);
  const end = through ?? wholeFrom;
  return { wholeFrom, rolledEnd: end < untilHour ? end : untilHour };
}
