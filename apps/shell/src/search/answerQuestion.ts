import type { CatalogSearch } from './createCatalogSearch.ts';
import type { Found, SearchRequest } from './searchMessages.ts';

export type Question = Omit<Extract<SearchRequest, { type: 'search' }>, 'type' | 'id'>;

/** `question` answered over one catalog's search: the same in the worker and in the page. */
export function answerQuestion(search: CatalogSearch, { query, limit, full }: Question): Found {
  const results = search(query, limit);
  return {
    results,
    shortcuts: full ? search.shortcuts(query) : [],
    related: full && results.length === 0 ? search.related(query) : [],
  };
}
