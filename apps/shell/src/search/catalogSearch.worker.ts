import { answerQuestion } from './answerQuestion.ts';
import { createCatalogSearch, type CatalogSearch } from './createCatalogSearch.ts';
import type { SearchReply, SearchRequest } from './searchMessages.ts';

// The catalog's search runs here, off the page's main thread: indexing 27,000 apps takes seconds on a phone, and a
// search over them more than a frame, neither of which may hold a tap or a scroll.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

let search: CatalogSearch | undefined;

scope.onmessage = ({ data: request }) => {
  if (request.type === 'catalog') {
    search = createCatalogSearch(request.entries);
    scope.postMessage({ type: 'ready', version: request.version });
    return;
  }
  if (search === undefined) return;
  scope.postMessage({ type: 'found', id: request.id, ...answerQuestion(search, request) });
};
