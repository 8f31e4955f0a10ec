import type { ManifestEntry } from '@bas/manifest';
import { useEffect, useState } from 'react';
import { entriesWithIds, useCatalog, wantCatalogList } from './catalogStore.ts';

/**
 * The whole entries with these ids, in their order, that the person may see: from the list once it is loaded, before
 * it asked of the registry by id (entriesWithIds); undefined until they are known. When the registry does not send
 * them, the list is loaded instead (and so the copy saved for an outage).
 */
export function useEntriesWithIds(ids: readonly string[] | undefined): ManifestEntry[] | undefined {
  const catalog = useCatalog();
  const list = catalog.status === 'ready' ? catalog.byId : undefined;
  const key = ids?.join(',');
  const [found, setFound] = useState<{ key: string; entries: ManifestEntry[] }>();
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    const asked = key === '' ? [] : key.split(',');
    entriesWithIds(asked).then(
      (byId) => {
        if (current) setFound({ key, entries: asked.flatMap((id) => byId.get(id) ?? []) });
      },
      (error: unknown) => {
        console.warn('The registry did not send the entries asked for; loading the catalog instead.', error);
        wantCatalogList();
      },
    );
    return () => {
      current = false;
    };
    // Asked again when the list arrives or changes, not when a part shown before it is revalidated.
  }, [key, catalog.status, list]);
  return found !== undefined && found.key === key ? found.entries : undefined;
}
