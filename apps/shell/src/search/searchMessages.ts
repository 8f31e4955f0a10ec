import type { IndexEntry } from '@bas/manifest/catalogIndex';
import type { SkippedEntry } from '../catalog/parseManifestEntries.ts';
import type { ShortcutHit } from './createCatalogSearch.ts';

/**
 * What the shell asks of the search worker: take this catalog, or fetch the registry's index at `url` and take that
 * (numbered: the worker says when it has indexed that one); or search the catalog it holds.
 */
export type SearchRequest =
  | { type: 'catalog'; version: number; entries: readonly IndexEntry[] }
  | { type: 'index'; version: number; url: string }
  | { type: 'search'; id: number; query: string; limit: number; full: boolean };

/** The matching apps; with `full`, also the ways into parts of apps and, when nothing matched every word, what matched any. */
export interface Found {
  results: IndexEntry[];
  shortcuts: ShortcutHit[];
  related: IndexEntry[];
}

/**
 * The worker's answers: a catalog indexed (with the entries of a fetched index it left out), and each search by id,
 * found or `failed` when the index could not be fetched.
 */
export type SearchReply =
  | { type: 'ready'; version: number; skipped: SkippedEntry[] }
  | ({ type: 'found'; id: number } & Found)
  | { type: 'failed'; id: number; message: string };
