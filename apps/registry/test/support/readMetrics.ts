import { createRequire } from 'node:module';

// A parser of Prometheus's text format; it ships no types, and this is all the tests use of it.
const parsePrometheusTextFormat = createRequire(import.meta.url)('parse-prometheus-text-format') as (
  text: string,
) => unknown[];

interface Sample {
  labels?: Record<string, string>;
  value?: string;
  count?: string;
  sum?: string;
  buckets?: Record<string, string>;
}

/**
 * `/metrics` read as Prometheus reads it, with a parser of the text format (not a pattern): a line Prometheus could
 * not take fails here. Returns each family's samples, by name.
 */
export function readMetrics(text: string): Map<string, { type: string; samples: Sample[] }> {
  const families = parsePrometheusTextFormat(text) as Array<{
    name: string;
    type: string;
    metrics: Sample[];
  }>;
  return new Map(families.map((family) => [family.name, { type: family.type, samples: family.metrics }]));
}

/** The sample of `family` whose labels include `labels`, or undefined. */
export function sampleOf(
  metrics: ReturnType<typeof readMetrics>,
  family: string,
  labels: Record<string, string> = {},
): Sample | undefined {
  return metrics
    .get(family)
    ?.samples.find((sample) =>
      Object.entries(labels).every(([name, value]) => sample.labels?.[name] === value),
    );
}

/**
 * The `_count` of one series of a histogram. Read from its line: the parser merges a histogram's labelled series
 * into one and drops their labels and counts (after it has checked every line of the text).
 */
export function histogramCount(text: string, family: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([name, value]) => `${name}="${value}"`);
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${family}_count{`) && wanted.every((label) => candidate.includes(label)),
    );
  return Number(line?.split(' ').at(-1));
}
