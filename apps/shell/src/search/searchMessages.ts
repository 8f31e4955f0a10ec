import type { ManifestEntry } from '@bas/manifest';

/**
 * What the shell asks of the search worker: take this catalog (numbered: the worker says when it has indexed that
 * one), or search the catalog it holds.
 */
export type SearchRequest =
  | { type: 'catalog'; version: number; entries: readonly ManifestEntry[] }
  | { type: 'search'; id: number; query: string; limit: number; full: boolean };

/**
 * The worker's answers, by id: the matching apps; with `full`, also the ways into parts of apps and, when nothing
 * matched every word, what matched any. Ids only: the shell holds the entries.
 */
export type SearchReply =
  | { type: 'ready'; version: number }
  | {
      type: 'found';
      id: number;
      results: string[];
      shortcuts: Array<{ appId: string; shortcut: number }>;
      related: string[];
    };
