const key = 'bas.catalog';
// Beside the copy, small: the anonymous catalog's ETag it was revalidated with, whether the copy is of that catalog,
// and when the registry last said it was unchanged. Read on every page, without parsing the copy itself.
const versionKey = 'bas.catalog.version';

interface Version {
  etag: string;
  /** Whether the copy stored is of this version (false: too large for the origin's storage). */
  stored: boolean;
  confirmedAt?: string;
}

function readJson(name: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(name) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

function write(name: string, value: unknown): boolean {
  try {
    localStorage.setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function version(): Version | undefined {
  const value = readJson(versionKey) as Partial<Version> | null;
  return typeof value?.etag === 'string'
    ? { ...value, etag: value.etag, stored: value.stored === true }
    : undefined;
}

/**
 * The last catalog the frame fetched from the registry itself, kept in this origin's storage so a registry outage
 * still leaves a usable portal. The portal page could rewrite a copy kept on its own origin (an app pointing
 * another agency's route at its own code); it cannot reach this one. Only public entries are kept: internal ones
 * are not left behind on a device that may be shared.
 */
export const catalogCopy = {
  /** Keeps the catalog the registry sent, with its `etag` when it is the anonymous catalog (the one refreshed). */
  keep(body: unknown, etag?: string): void {
    const entries = (body as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(entries)) return;
    const publicEntries = entries.filter((entry) => (entry as { role?: unknown } | null)?.role === 'public');
    // Storage full or disabled, or a national catalog larger than an origin's storage: the portal works without
    // the copy, and an earlier one stays.
    const stored = write(key, { savedAt: new Date().toISOString(), entries: publicEntries });
    // The anonymous catalog's ETag is kept even when its copy is not, so that refreshing an unchanged catalog is a
    // 304, not the whole list again. A copy of a person's catalog is revalidated by nothing: the next refresh fetches.
    if (etag !== undefined) write(versionKey, { etag, stored });
    else if (stored) localStorage.removeItem(versionKey);
  },
  /** The registry said the catalog is unchanged since `etag()`: the copy of it is as of now. */
  confirm(): void {
    const current = version();
    if (current?.stored === true) write(versionKey, { ...current, confirmedAt: new Date().toISOString() });
  },
  /** The ETag of the anonymous catalog last kept (or found too large to keep), to revalidate it. */
  etag(): string | undefined {
    return version()?.etag;
  },
  read(): { savedAt?: string; entries?: unknown[] } {
    const copy = readJson(key) as { savedAt?: unknown; entries?: unknown } | null;
    if (typeof copy?.savedAt !== 'string' || !Array.isArray(copy.entries)) return {};
    const confirmedAt = version()?.confirmedAt;
    const savedAt = confirmedAt !== undefined && confirmedAt > copy.savedAt ? confirmedAt : copy.savedAt;
    return { savedAt, entries: copy.entries as unknown[] };
  },
};
