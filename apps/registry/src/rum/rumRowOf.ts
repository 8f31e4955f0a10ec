import type { RumCause, RumMetric } from '../db/schema.ts';
import type { RumSample } from './RumSample.ts';

/**
 * A sample as it is stored and counted: its metric, the cause of a failed opening (`''` for a mounted one and for
 * every vital), and what it measured (an opening's milliseconds, a vital's value).
 */
export function rumRowOf(sample: RumSample): { metric: RumMetric; cause: RumCause; value: number } {
  if (sample.metric !== 'open') return { metric: sample.metric, cause: '', value: sample.value };
  return { metric: 'open', cause: sample.outcome === 'failed' ? sample.cause : '', value: sample.ms };
}
