import type { ManifestEntry } from '@bas/manifest';
import { useCatalog } from './catalogStore.ts';

/** Puts `entries` in the store as a catalog the registry sent for an anonymous visitor (for tests of pages). */
export function showReadyCatalog(
  entries: ManifestEntry[],
  about: { savedAt?: string; readAt?: string } = {},
) {
  useCatalog.setState(
    {
      status: 'ready',
      entries,
      byId: new Map(entries.map((entry) => [entry.id, entry])),
      byRoute: new Map(entries.map((entry) => [entry.route, entry])),
      loadedFor: undefined,
      ...about,
    },
    true,
  );
}
