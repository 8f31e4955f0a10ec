import type { ManifestEntry } from '@bas/manifest';
import { answerQuestion, type Answer, type Question } from './answerQuestion.ts';
import type { SearchReply, SearchRequest } from './searchMessages.ts';

let worker: Worker | undefined;
// The catalog the worker holds, by identity: the store keeps the same array until the catalog changes.
let sent: readonly ManifestEntry[] | undefined;
let version = 0;
let nextId = 0;
const waiting = new Map<number, { resolve: (found: Answer) => void; reject: (error: unknown) => void }>();
// Set when the worker could not be started: search then runs in the page, as it did before there was a worker.
let inPage: Promise<(entries: readonly ManifestEntry[], question: Question) => Answer> | undefined;

function startWorker(): Worker {
  const started = new Worker(new URL('./catalogSearch.worker.ts', import.meta.url), {
    type: 'module',
    name: 'catalog-search',
  });
  started.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    if (data.type !== 'found') return;
    waiting.get(data.id)?.resolve(data);
    waiting.delete(data.id);
  };
  started.onerror = (event) => {
    console.error('The catalog search worker failed; searching in the page instead.', event.message);
    event.preventDefault();
    started.terminate();
    worker = undefined;
    sent = undefined;
    inPage ??= searchInPage();
    for (const [, question] of waiting) question.reject(new Error('the catalog search worker failed'));
    waiting.clear();
  };
  return started;
}

/** The same search on the main thread: fetched and built only if the worker fails. */
async function searchInPage() {
  const { createCatalogSearch } = await import('./createCatalogSearch.ts');
  let indexed:
    { entries: readonly ManifestEntry[]; search: ReturnType<typeof createCatalogSearch> } | undefined;
  return (entries: readonly ManifestEntry[], question: Question): Answer => {
    if (indexed?.entries !== entries) indexed = { entries, search: createCatalogSearch(entries) };
    return answerQuestion(indexed.search, question);
  };
}

/**
 * Searches `entries` in the catalog search worker (started on the first search, given the catalog again when it
 * changes). The worker answers in order; a question asked after another is answered after it.
 */
export async function searchCatalog(entries: readonly ManifestEntry[], question: Question): Promise<Answer> {
  if (inPage !== undefined) return (await inPage)(entries, question);
  worker ??= startWorker();
  if (sent !== entries) {
    sent = entries;
    version += 1;
    worker.postMessage({ type: 'catalog', version, entries } satisfies SearchRequest);
  }
  const id = ++nextId;
  const answer = new Promise<Answer>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ type: 'search', id, ...question } satisfies SearchRequest);
  return answer.catch(async () => (await (inPage ??= searchInPage()))(entries, question));
}
