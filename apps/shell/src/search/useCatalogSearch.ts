import type { ManifestEntry } from '@bas/manifest';
import { useEffect, useState } from 'react';
import { useCatalog, wantCatalogList } from '../catalog/catalogStore.ts';
import type { ShortcutHit } from './createCatalogSearch.ts';
import { searchCatalog } from './searchCatalog.ts';

/** The catalog's answer to `query`: the entries found, the ways into parts of apps, and what comes closest. */
export interface SearchAnswer {
  query: string;
  results: ManifestEntry[];
  shortcuts: ShortcutHit[];
  related: ManifestEntry[];
}

/**
 * The catalog's answer to `query`, once `wanted`: searched in a worker (decisions/0032), so the last answer stays
 * on screen until the next arrives, and an answer to an earlier query or an older catalog is never shown after a
 * later one. `full` also asks for shortcuts and, when nothing matches, related apps (the results page).
 */
export function useCatalogSearch(
  query: string,
  limit: number,
  { wanted, full = false }: { wanted: boolean; full?: boolean },
): SearchAnswer | undefined {
  const catalog = useCatalog();
  const [answer, setAnswer] = useState<SearchAnswer>();
  const entries = catalog.status === 'ready' ? catalog.entries : undefined;
  const byId = catalog.status === 'ready' ? catalog.byId : undefined;
  useEffect(() => {
    if (wanted) wantCatalogList();
  }, [wanted]);
  useEffect(() => {
    if (!wanted || entries === undefined || byId === undefined) return;
    let current = true;
    const entriesOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
    searchCatalog(entries, { query, limit, full }).then(
      (found) => {
        if (!current) return;
        setAnswer({
          query,
          results: entriesOf(found.results),
          shortcuts: found.shortcuts.flatMap(({ appId, shortcut }) => {
            const entry = byId.get(appId);
            const way = entry?.shortcuts?.[shortcut];
            return entry === undefined || way === undefined ? [] : [{ entry, shortcut: way }];
          }),
          related: entriesOf(found.related),
        });
      },
      (error: unknown) => console.error('The catalog could not be searched.', error),
    );
    return () => {
      current = false;
    };
  }, [wanted, full, entries, byId, query, limit]);
  return answer;
}
