import { fetchCatalogIndex } from '../catalog/fetchManifest.ts';
import { answerQuestion } from './answerQuestion.ts';
import { createCatalogSearch, type CatalogSearch } from './createCatalogSearch.ts';
import type { SearchReply, SearchRequest } from './searchMessages.ts';

// The catalog's search runs here, off the page's main thread: indexing 27,000 apps takes seconds on a phone, and a
// search over them more than a frame, neither of which may hold a tap or a scroll. The registry's index is fetched
// and read here too, so its few hundred kilobytes are never parsed on the page's thread either.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

// Searches wait for the catalog being indexed: those about one catalog are answered in the order asked.
let search: Promise<CatalogSearch> | undefined;

scope.onmessage = ({ data: request }) => {
  if (request.type === 'catalog') {
    search = Promise.resolve(createCatalogSearch(request.entries));
    scope.postMessage({ type: 'ready', version: request.version, skipped: [] });
    return;
  }
  if (request.type === 'index') {
    const { version, url } = request;
    search = fetchCatalogIndex(url).then(({ entries, skipped }) => {
      const indexed = createCatalogSearch(entries);
      scope.postMessage({ type: 'ready', version, skipped });
      return indexed;
    });
    // Each search waiting on it is told why it failed.
    search.catch(() => undefined);
    return;
  }
  const { id } = request;
  (search ?? Promise.reject(new Error('no catalog was given to search'))).then(
    (indexed) => scope.postMessage({ type: 'found', id, ...answerQuestion(indexed, request) }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
