import type { CatalogSearch } from './createCatalogSearch.ts';
import type { SearchReply, SearchRequest } from './searchMessages.ts';

export type Question = Omit<Extract<SearchRequest, { type: 'search' }>, 'type' | 'id'>;
export type Answer = Pick<Extract<SearchReply, { type: 'found' }>, 'results' | 'shortcuts' | 'related'>;

/** `question` answered over one catalog's search, as ids: the same in the worker and in the page. */
export function answerQuestion(search: CatalogSearch, { query, limit, full }: Question): Answer {
  const results = search(query, limit).map((entry) => entry.id);
  return {
    results,
    shortcuts: full
      ? search.shortcuts(query).map(({ entry, shortcut }) => ({
          appId: entry.id,
          shortcut: entry.shortcuts?.indexOf(shortcut) ?? -1,
        }))
      : [],
    related: full && results.length === 0 ? search.related(query).map((entry) => entry.id) : [],
  };
}
