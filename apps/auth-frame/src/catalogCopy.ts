const key = 'bas.catalog';

/**
 * The last catalog the frame fetched from the registry itself, kept in this origin's storage so a registry outage
 * still leaves a usable portal. The portal page could rewrite a copy kept on its own origin (an app pointing
 * another agency's route at its own code); it cannot reach this one. Only public entries are kept: internal ones
 * are not left behind on a device that may be shared.
 */
export const catalogCopy = {
  keep(body: unknown): void {
    const entries = (body as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(entries)) return;
    const publicEntries = entries.filter((entry) => (entry as { role?: unknown } | null)?.role === 'public');
    try {
      localStorage.setItem(
        key,
        JSON.stringify({ savedAt: new Date().toISOString(), entries: publicEntries }),
      );
    } catch {
      // Storage full or disabled: the portal works without the copy.
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
