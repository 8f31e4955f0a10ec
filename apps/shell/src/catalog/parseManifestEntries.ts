import type { ManifestEntry } from '@bas/manifest';
import type { IndexEntry } from '@bas/manifest/catalogIndex';

/** An entry the shell leaves out of the catalog, and why; `id` when the entry has one to name it by. */
export interface SkippedEntry {
  id?: string;
  /** `"pengumuman"`, or `#3` for an entry without a usable id. */
  label: string;
  reason: string;
}

export interface ParsedEntries<Entry = ManifestEntry> {
  entries: Entry[];
  skipped: SkippedEntry[];
}

type Check = (value: unknown) => boolean;
type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const text: Check = (value) => typeof value === 'string' && value !== '';
const slug: Check = (value) => typeof value === 'string' && /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/.test(value);
const localized: Check = (value) => isRecord(value) && text(value.id) && text(value.en);
const httpUrl: Check = (value) =>
  typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);
const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([field, check]) => check(value[field]));

// What the shell reads of every entry, with the type it reads it as: an entry that passes cannot break a page. The
// catalog's index (`@bas/manifest/catalogIndex`) carries `listed` of each entry, what search and a link need.
const listed: Record<string, Check> = {
  id: slug,
  route: slug,
  name: localized,
  description: localized,
  agency: text,
  category: text,
  role: oneOf('public', 'internal'),
  status: oneOf('active', 'maintenance', 'disabled'),
  icon: text,
  keywords: listOf(text),
  lifeEvents: optional(listOf(text)),
  shortcuts: optional(listOf(shape({ label: localized, path: text, keywords: listOf(text) }))),
};
const common: Record<string, Check> = {
  ...listed,
  version: text,
  requiresLogin: optional(oneOf(true, false)),
  offline: optional(shape({ place: localized, hours: localized, phone: optional(text) })),
};
const kinds: Record<string, Record<string, Check>> = {
  federated: {
    ...common,
    manifestUrl: httpUrl,
    exposedModule: text,
    sdkVersion: text,
    standaloneUrl: optional(httpUrl),
    integrity: optional(text),
    openingFiles: optional(listOf(shape({ path: text, integrity: text }))),
    apiOrigins: optional(listOf(httpUrl)),
  },
  iframe: { ...common, url: httpUrl },
  link: { ...common, url: httpUrl },
};

// An index entry of each kind the shell can open: the same fields whatever the kind.
const indexKinds: Record<string, Record<string, Check>> = { federated: listed, iframe: listed, link: listed };

function problemOf(value: unknown, fieldsOfKind: typeof kinds): string | undefined {
  if (!isRecord(value)) return 'it is not an object';
  const fields = typeof value.kind === 'string' ? fieldsOfKind[value.kind] : undefined;
  if (fields === undefined) {
    return typeof value.kind === 'string'
      ? `its kind "${value.kind}" is not one this version of the shell can open`
      : 'it has no valid kind';
  }
  const invalid = Object.entries(fields)
    .filter(([field, check]) => !check(value[field]))
    .map(([field]) => field);
  return invalid.length === 0 ? undefined : `it has no valid ${invalid.join(', ')}`;
}

/**
 * The entries of a catalog that the shell can show and open, and the others left out with the reason, so that one
 * bad entry (or one of a kind a newer registry knows and this shell does not) costs that entry, not the catalog.
 * The registry validates every entry against the full schema (`@bas/manifest`) before it stores it; the shell
 * checks what it relies on instead of shipping that schema, which would not fit the first paint's budget
 * (decisions/0013) and whose compiled parsers would trip the page's no-eval policy. Fields it does not know are
 * left alone, so a registry that adds one does not lose its entries in an older shell.
 */
export function parseManifestEntries(values: readonly unknown[]): ParsedEntries {
  return parseEntries<ManifestEntry>(values, kinds);
}

/** The index entries the shell can list and search, the others left out with the reason, as parseManifestEntries. */
export function parseIndexEntries(values: readonly unknown[]): ParsedEntries<IndexEntry> {
  return parseEntries<IndexEntry>(values, indexKinds);
}

function parseEntries<Entry extends { id: string; route: string }>(
  values: readonly unknown[],
  fieldsOfKind: typeof kinds,
): ParsedEntries<Entry> {
  const entries: Entry[] = [];
  const skipped: SkippedEntry[] = [];
  const ids = new Set<string>();
  const routes = new Map<string, string>();
  values.forEach((value, index) => {
    const given = isRecord(value) ? value.id : undefined;
    const id = typeof given === 'string' && given !== '' ? given : undefined;
    const label = id === undefined ? `#${index}` : `"${id}"`;
    const skip = (reason: string) => skipped.push({ ...(id === undefined ? {} : { id }), label, reason });
    const problem = problemOf(value, fieldsOfKind);
    if (problem !== undefined) return skip(problem);
    const checked = value as Entry;
    if (ids.has(checked.id)) return skip('its id is already used by an earlier entry');
    const owner = routes.get(checked.route);
    if (owner !== undefined) return skip(`its route "${checked.route}" is already used by "${owner}"`);
    ids.add(checked.id);
    routes.set(checked.route, checked.id);
    entries.push(checked);
  });
  return { entries, skipped };
}
