import { useEffect, useState } from 'react';
import { useSessionStore } from '../auth/sessionStore.ts';
import { catalogIndexSource, useCatalog, wantCatalogList } from '../catalog/catalogStore.ts';
import { ShellError } from '../errors/ShellError.ts';
import { listSource, searchCatalog } from './searchCatalog.ts';
import type { Found } from './searchMessages.ts';

/** The catalog's answer to `query`: the entries found (as the index has them), the ways into parts of apps, and what comes closest. */
export interface SearchAnswer extends Found {
  query: string;
}

/**
 * The catalog's answer to `query`, once `wanted`: searched in a worker (decisions/0032), so the last answer stays
 * on screen until the next arrives, and an answer to an earlier query or an older catalog is never shown after a
 * later one. A visitor's search looks in the registry's index, which the worker fetches, so it never loads the list;
 * once the list is loaded (a person signed in, or a page that needed it), in the list (decisions/0036). An index that
 * cannot be fetched turns to the list, and so to the copy saved for an outage. `full` also asks for shortcuts and,
 * when nothing matches, related apps (the results page).
 */
export function useCatalogSearch(
  query: string,
  limit: number,
  { wanted, full = false }: { wanted: boolean; full?: boolean },
): SearchAnswer | undefined {
  const catalog = useCatalog();
  const [answer, setAnswer] = useState<SearchAnswer>();
  const list = catalog.status === 'ready' ? catalog.entries : undefined;
  // Asked on every render, and the same object while nothing changed: the catalog's source arrives after the page
  // may have rendered (config.json), and whether the index will do depends on who is signed in.
  useSessionStore((state) => state.user);
  const source = !wanted ? undefined : list === undefined ? catalogIndexSource() : listSource(list);
  useEffect(() => {
    if (wanted && source === undefined) wantCatalogList();
  }, [wanted, source]);
  useEffect(() => {
    if (source === undefined) return;
    let current = true;
    searchCatalog(source, { query, limit, full }).then(
      (found) => {
        if (current) setAnswer({ query, ...found });
      },
      (error: unknown) => {
        console.error('The catalog could not be searched.', error);
        if (current && error instanceof ShellError) wantCatalogList();
      },
    );
    return () => {
      current = false;
    };
  }, [source, full, query, limit]);
  return answer;
}
