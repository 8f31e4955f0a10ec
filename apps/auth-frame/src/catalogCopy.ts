const key = 'bas.catalog';

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
    const tag = etag === undefined ? {} : { etag };
    try {
      localStorage.setItem(
        key,
        JSON.stringify({ savedAt: new Date().toISOString(), ...tag, entries: publicEntries }),
      );
    } catch {
      // Storage full or disabled, or a national catalog larger than an origin's storage: the portal works without
      // the copy. Its ETag alone is kept, so that refreshing an unchanged catalog is a 304, not the whole list again.
      try {
        localStorage.setItem(key, JSON.stringify(tag));
      } catch {
        // Storage disabled.
      }
    }
  },
  /** The ETag of the anonymous catalog last kept (or found too large to keep), to revalidate it. */
  etag(): string | undefined {
    try {
      const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as { etag?: unknown } | null;
      return typeof copy?.etag === 'string' ? copy.etag : undefined;
    } catch {
      return undefined;
    }
  },
  read(): { savedAt?: string; entries?: unknown[] } {
    try {
      const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as {
        savedAt?: unknown;
        entries?: unknown;
      } | null;
      if (typeof copy?.savedAt !== 'string' || !Array.isArray(copy.entries)) return {};
      return { savedAt: copy.savedAt, entries: copy.entries as unknown[] };
    } catch {
      return {};
    }
  },
};
