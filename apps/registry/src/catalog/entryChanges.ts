import { isDeepStrictEqual } from 'node:util';

/** One field that differs between the served entry and a pending one. */
export interface EntryChange {
  /** Where, as a dotted path into the entry: `name.id`, `audience.agencies`, `apiOrigins`. */
  field: string;
  /** The value served now; null where the field is absent (the manifest has no null values). */
  before: unknown;
  /** The value approving would serve; null where the field is absent. */
  after: unknown;
  /** Whether the change moves who may open the app, what runs, where it lives, or where its token goes. */
  sensitive: boolean;
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * Fields whose every change a reviewer must look at: who sees the app (role, audience, sign-in), what kind of code
 * runs and which app it is (kind, id, agency, route), and where the person's token is sent (apiOrigins).
 */
const sensitiveFields = new Set([
  'role',
  'audience',
  'requiresLogin',
  'kind',
  'route',
  'id',
  'agency',
  'apiOrigins',
]);
/** Addresses whose origin is what matters: a new path on the same host is an ordinary release, a new host is not. */
const addressFields = new Set(['manifestUrl', 'url', 'standaloneUrl']);

const isPlainObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function originOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return URL.canParse(value) ? new URL(value).origin : value;
}

function isSensitive(path: readonly string[], before: unknown, after: unknown): boolean {
  const [top = ''] = path;
  if (sensitiveFields.has(top)) return true;
  if (addressFields.has(top) && path.length === 1) return originOf(before) !== originOf(after);
  return false;
}

function walk(before: Fields, after: Fields, path: readonly string[], changes: EntryChange[]): void {
  // The pending entry's order first, then what only the served one has: the order the entry is read in.
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  for (const key of keys) {
    const [was, is] = [before[key], after[key]];
    if (isDeepStrictEqual(was, is)) continue;
    const at = [...path, key];
    // Objects are compared field by field; lists as a whole, as an element moved would shift every index after it.
    if (isPlainObject(was) && isPlainObject(is)) {
      walk(was, is, at, changes);
      continue;
    }
    changes.push({
      field: at.join('.'),
      before: was ?? null,
      after: is ?? null,
      sensitive: isSensitive(at, was, is),
    });
  }
}

/**
 * Every field that differs from the entry served now (`before`, null for a new app: then every field is new) to a
 * pending one (`after`), each flagged when a reviewer must weigh it: role, audience, requiresLogin, kind, route, id,
 * agency, apiOrigins, or an address (manifestUrl, url, standaloneUrl) that moves to another origin.
 *
 * @example
 * entryChanges({ route: 'antrean', name: { id: 'A', en: 'A' } }, { route: 'antre', name: { id: 'B', en: 'A' } });
 * // [{ field: 'route', before: 'antrean', after: 'antre', sensitive: true },
 * //  { field: 'name.id', before: 'A', after: 'B', sensitive: false }]
 */
export function entryChanges(before: Fields | null, after: Fields): EntryChange[] {
  const changes: EntryChange[] = [];
  walk(before ?? {}, after, [], changes);
  return changes;
}
