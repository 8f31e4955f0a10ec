import type { z } from 'zod';
import { type ManifestEntry, manifestEntrySchema } from './manifestEntrySchema.ts';
import { type ManifestIssue, ManifestValidationError } from './ManifestValidationError.ts';
import { wrongTypeMessage } from './wrongTypeMessage.ts';

export interface ValidationOptions {
  /**
   * `production` (the default) requires https URLs and an integrity hash on federated entries; `development` also
   * accepts plain http on loopback (127.0.0.1, localhost), for apps served on this machine.
   */
  environment?: 'production' | 'development';
}

export type ValidationResult =
  { ok: true; entries: ManifestEntry[] } | { ok: false; issues: ManifestIssue[] };

function label(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `"${id}"` : `#${index}`;
}

/**
 * The message for a field of the wrong type where the schema has none of its own: what was expected, and what came.
 */
const wrongType: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input !== undefined
    ? wrongTypeMessage(issue.expected, issue.input)
    : undefined;

/** One issue per field, so that every problem carries the path of the field it is about. */
function toIssues(issue: z.core.$ZodIssue, entry: string): ManifestIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      entry,
      path: [...issue.path, key].join('.'),
      message: 'is not a known field: remove it or check the spelling',
    }));
  }
  // A field that is not there is required, whatever its schema says of wrong values. Zod keeps the value in the
  // issue (`input`) only when asked to with `reportInput`, which `validateEntry` does.
  const missing =
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return [{ entry, path: issue.path.join('.'), message: missing ? 'is required' : issue.message }];
}

function loopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

function environmentIssues(entry: ManifestEntry, name: string, options: ValidationOptions): ManifestIssue[] {
  const development = options.environment === 'development';
  const issues: ManifestIssue[] = [];
  const urls =
    entry.kind === 'federated'
      ? { manifestUrl: entry.manifestUrl, standaloneUrl: entry.standaloneUrl }
      : { url: entry.url };
  const apiOrigins = entry.kind === 'federated' ? (entry.apiOrigins ?? []) : [];
  for (const [path, url] of [
    ...Object.entries(urls),
    ...apiOrigins.map((value, index) => [`apiOrigins.${index}`, value] as const),
  ]) {
    if (url === undefined || url.startsWith('https://') || (development && loopback(url))) continue;
    issues.push({
      entry: name,
      path,
      message: development
        ? `must use https (plain http is accepted only on 127.0.0.1 or localhost in development); got ${url}`
        : `must use https outside development; got ${url}`,
    });
  }
  if (entry.kind === 'federated' && entry.integrity === undefined && !development) {
    issues.push({
      entry: name,
      path: 'integrity',
      message: 'is required outside development: publish computes it',
    });
  }
  return issues;
}

/**
 * Checks one entry against the schema and the environment's rules.
 *
 * @example
 * const result = validateEntry(body, { environment: 'production' });
 * if (!result.ok) reply.code(400).send({ issues: result.issues });
 */
export function validateEntry(
  value: unknown,
  options: ValidationOptions = {},
  index = 0,
): { ok: true; entry: ManifestEntry } | { ok: false; issues: ManifestIssue[] } {
  const name = label(value, index);
  const parsed = manifestEntrySchema.safeParse(value, { error: wrongType, reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.flatMap((issue) => toIssues(issue, name)),
    };
  }
  const issues = environmentIssues(parsed.data, name, options);
  return issues.length === 0 ? { ok: true, entry: parsed.data } : { ok: false, issues };
}

/**
 * Checks a whole manifest: every entry, and that no two entries share an id or a route. Reports every problem.
 *
 * @example
 * const result = validateManifest(JSON.parse(text), { environment: 'development' });
 * if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function validateManifest(value: unknown, options: ValidationOptions = {}): ValidationResult {
  if (!Array.isArray(value)) {
    return { ok: false, issues: [{ entry: '(manifest)', path: '', message: 'must be an array of entries' }] };
  }
  const issues: ManifestIssue[] = [];
  const entries: ManifestEntry[] = [];
  const seen = { id: new Map<string, string>(), route: new Map<string, string>() };
  value.forEach((item: unknown, index) => {
    const result = validateEntry(item, options, index);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    for (const field of ['id', 'route'] as const) {
      const first = seen[field].get(result.entry[field]);
      if (first === undefined) seen[field].set(result.entry[field], label(item, index));
      else {
        issues.push({
          entry: label(item, index),
          path: field,
          message: `"${result.entry[field]}" is already used by entry ${first}; each ${field} must be unique`,
        });
      }
    }
    entries.push(result.entry);
  });
  return issues.length === 0 ? { ok: true, entries } : { ok: false, issues };
}

/** Like `validateManifest`, but throws a `ManifestValidationError` listing every problem. */
export function assertValidManifest(value: unknown, options: ValidationOptions = {}): ManifestEntry[] {
  const result = validateManifest(value, options);
  if (!result.ok) throw new ManifestValidationError(result.issues);
  return result.entries;
}
