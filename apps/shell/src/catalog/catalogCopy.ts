import type { ManifestEntry } from '@bas/manifest';

const key = 'bas.catalog';

/**
 * The last catalog the registry sent, kept on the device so a registry outage still leaves a usable portal. Only
 * public entries are kept: internal ones are not left behind on a device that may be shared.
 */
export function saveCatalogCopy(entries: readonly ManifestEntry[]): void {
  try {
    const publicEntries = entries.filter((entry) => entry.role === 'public');
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), entries: publicEntries }));
  } catch {
    // Storage full or disabled: the portal works without the copy.
  }
}

export function readCatalogCopy(): { savedAt: string; entries: ManifestEntry[] } | undefined {
  try {
    const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as {
      savedAt?: unknown;
      entries?: unknown;
    } | null;
    if (typeof copy?.savedAt !== 'string' || !Array.isArray(copy.entries)) return undefined;
    return { savedAt: copy.savedAt, entries: copy.entries as ManifestEntry[] };
  } catch {
    return undefined;
  }
}
