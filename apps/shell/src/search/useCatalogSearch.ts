import { useEffect, useMemo, useState } from 'react';
import { useCatalog } from '../catalog/catalogStore.ts';
import type { CatalogSearch, createCatalogSearch } from './createCatalogSearch.ts';

interface SearchModule {
  createCatalogSearch: typeof createCatalogSearch;
}
let loading: Promise<SearchModule> | undefined;

/**
 * The catalog's search, once wanted: the search library is fetched when a person first turns to search, not with
 * the first paint, and the index is rebuilt when the catalog changes (after signing in).
 */
export function useCatalogSearch(wanted: boolean): CatalogSearch | undefined {
  const catalog = useCatalog();
  const [module, setModule] = useState<SearchModule>();
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let current = true;
    void (loading ??= import('./createCatalogSearch.ts')).then((loaded) => {
      if (current) setModule(loaded);
    });
    return () => {
      current = false;
    };
  }, [wanted, module]);
  const entries = catalog.status === 'ready' ? catalog.entries : undefined;
  return useMemo(
    () => (module === undefined || entries === undefined ? undefined : module.createCatalogSearch(entries)),
    [module, entries],
  );
}
