import type { IndexEntry } from '@bas/manifest/catalogIndex';
import { fetchCatalogIndex } from '../catalog/fetchManifest.ts';
import { reportSkippedEntries } from '../catalog/reportSkippedEntries.ts';
import { ShellError } from '../errors/ShellError.ts';
import { answerQuestion, type Question } from './answerQuestion.ts';
import type { Found, SearchReply, SearchRequest } from './searchMessages.ts';

/**
 * What is searched: the catalog's entries the page holds (the list, once loaded), or the registry's index at
 * `indexUrl`, fetched where the search runs. By identity: a source is indexed once.
 */
export type SearchSource = { entries: readonly IndexEntry[] } | { indexUrl: string };

// One source per list, so that the header's box and the results page, searching the same list, index it once.
const listSources = new WeakMap<readonly IndexEntry[], SearchSource>();

/** The search source of a list the page holds: the same object for the same list. */
export function listSource(entries: readonly IndexEntry[]): SearchSource {
  let found = listSources.get(entries);
  if (found === undefined) {
    found = { entries };
    listSources.set(entries, found);
  }
  return found;
}

let worker: Worker | undefined;
// The source the worker holds.
let sent: SearchSource | undefined;
let version = 0;
let nextId = 0;
const waiting = new Map<number, { resolve: (found: Found) => void; reject: (error: unknown) => void }>();
// Set when the worker could not be started: search then runs in the page, as it did before there was a worker.
let inPage: Promise<(source: SearchSource, question: Question) => Promise<Found>> | undefined;

const requestFor = (source: SearchSource, version: number): SearchRequest =>
  'entries' in source
    ? { type: 'catalog', version, entries: source.entries }
    : { type: 'index', version, url: source.indexUrl };

const indexUnavailable = (message: string) => new ShellError('MANIFEST_UNAVAILABLE', message);

function startWorker(): Worker {
  const started = new Worker(new URL('./catalogSearch.worker.ts', import.meta.url), {
    type: 'module',
    name: 'catalog-search',
  });
  started.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    if (data.type === 'ready') return reportSkippedEntries(data.skipped, "the catalog's index");
    const question = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.type === 'found') question?.resolve(data);
    else question?.reject(indexUnavailable(data.message));
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

/** The entries of `source`, the index fetched if that is what it names. */
async function entriesOf(source: SearchSource): Promise<readonly IndexEntry[]> {
  if ('entries' in source) return source.entries;
  const { entries, skipped } = await fetchCatalogIndex(source.indexUrl);
  reportSkippedEntries(skipped, "the catalog's index");
  return entries;
}

/** The same search on the main thread: fetched and built only if the worker fails. */
async function searchInPage() {
  const { createCatalogSearch } = await import('./createCatalogSearch.ts');
  let indexed: { source: SearchSource; search: Promise<ReturnType<typeof createCatalogSearch>> } | undefined;
  return async (source: SearchSource, question: Question): Promise<Found> => {
    if (indexed?.source !== source) {
      indexed = { source, search: entriesOf(source).then((entries) => createCatalogSearch(entries)) };
    }
    const search = indexed.search;
    // An index that could not be fetched is fetched again on the next search.
    search.catch(() => {
      if (indexed?.search === search) indexed = undefined;
    });
    return answerQuestion(await search, question);
  };
}

/**
 * Searches `source` in the catalog search worker (started on the first search, given the source again when it
 * changes). Questions about one source are answered in the order asked; one asked after the source changed may be
 * answered before those still waiting for an index (the caller keeps only the answer to its latest question). When
 * the index cannot be fetched or read, the search fails with a ShellError, and the next one with that source fetches
 * it again.
 */
export async function searchCatalog(source: SearchSource, question: Question): Promise<Found> {
  if (inPage !== undefined) return (await inPage)(source, question);
  worker ??= startWorker();
  if (sent !== source) {
    sent = source;
    version += 1;
    worker.postMessage(requestFor(source, version));
  }
  const id = ++nextId;
  const answer = new Promise<Found>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ type: 'search', id, ...question } satisfies SearchRequest);
  return answer.catch(async (error: unknown) => {
    if (!(error instanceof ShellError)) return (await (inPage ??= searchInPage()))(source, question);
    if (sent === source) sent = undefined;
    throw error;
  });
}
