import type { IndexEntry } from '@bas/manifest/catalogIndex';
import { findAgency } from '@bas/manifest/agencies';
import MiniSearch, { type Query } from 'minisearch';
import { searchPhrases } from './searchPhrases.ts';
import { synonyms } from './synonyms.ts';

interface SearchDocument {
  id: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  keywords: string;
  agency: string;
  category: string;
}

/** A way straight into part of an app (`shortcuts` in its entry): "Aduan Warga › Lampu jalan mati". */
export interface ShortcutHit<Entry extends IndexEntry = IndexEntry> {
  entry: Entry;
  shortcut: NonNullable<IndexEntry['shortcuts']>[number];
}

/** Lower case, no diacritics: "Kecamatan" and "kecamatán" are the same word to a person typing on a phone. */
function normalize(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function terms(query: string): string[] {
  return normalize(query)
    .split(/[\s,.;:!?()]+/)
    .filter((term) => term.length > 0);
}

/**
 * The words typed so far, without a last word of one or two letters after others ("akta ke"): it matches as a
 * prefix nearly every app, and the results of the words before it stay until it says more.
 */
function typedSoFar(words: readonly string[]): readonly string[] {
  const last = words.at(-1);
  return words.length > 1 && last !== undefined && last.length < 3 ? words.slice(0, -1) : words;
}

/** A word, or every word of a phrase. */
function termQuery(term: string): Query {
  const words = terms(term);
  return words.length === 1 ? (words[0] ?? term) : { combineWith: 'AND', queries: words };
}

/**
 * Each typed word, itself or one of its synonyms; all words (`AND`) or any (`OR`). Only what was typed is
 * forgiven typos: a synonym is spelt right, and a fuzzy "penerangan" would find every "keterangan".
 */
function queryTree(
  words: readonly string[],
  combineWith: 'AND' | 'OR',
  fields: readonly string[] = allFields,
): Query {
  return {
    combineWith,
    fields: [...fields],
    queries: words.map((word) => ({
      combineWith: 'OR',
      queries: [word, { combineWith: 'OR', fuzzy: false, queries: (synonyms[word] ?? []).map(termQuery) }],
    })),
  };
}

/** The apps the query's phrasing means (`searchPhrases`), the longest phrase found first. */
function intendedApps(words: readonly string[]): string[] {
  const query = ` ${words.join(' ')} `;
  return searchPhrases
    .flatMap(({ phrases, apps }) =>
      phrases
        .filter((phrase) => query.includes(` ${normalize(phrase)} `))
        .map((phrase) => ({ phrase, apps })),
    )
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .flatMap(({ apps }) => apps);
}

// What an app is called, and the words its agency gave it: where most searches find what they look for.
const namingFields = ['nameId', 'nameEn', 'keywords'];
const allFields = [...namingFields, 'agency', 'category', 'descriptionId', 'descriptionEn'];

function createIndex() {
  return new MiniSearch<SearchDocument>({
    fields: allFields,
    processTerm: (term) => normalize(term),
    searchOptions: {
      boost: { nameId: 4, nameEn: 3, keywords: 3, agency: 2, category: 1.5 },
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      prefix: (term) => term.length > 1,
    },
  });
}

/**
 * Catalog search as you type, with MiniSearch: typo-tolerant (fuzzy), prefix matching so results appear before a
 * word is finished, names weighted over descriptions, and synonyms ("KTP" finds the population documents). Every
 * typed word must match, itself or through one of its synonyms; what people's own phrasing means
 * (`searchPhrases`) comes first. `shortcuts` finds the ways into parts of apps, `related` what matches any word,
 * for when nothing matches them all. It needs only what the catalog's index carries of each entry.
 */
export function createCatalogSearch<Entry extends IndexEntry>(entries: readonly Entry[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index = createIndex();
  index.addAll(
    entries.map((entry) => {
      const agency = findAgency(entry.agency);
      return {
        id: entry.id,
        nameId: entry.name.id,
        nameEn: entry.name.en,
        descriptionId: entry.description.id,
        descriptionEn: entry.description.en,
        keywords: entry.keywords.join(' '),
        agency: agency === undefined ? entry.agency : `${agency.short} ${agency.name}`,
        category: entry.category.replace(/-/g, ' '),
      };
    }),
  );
  const shortcutHits: Array<ShortcutHit<Entry>> = entries.flatMap((entry) =>
    (entry.shortcuts ?? []).map((shortcut) => ({ entry, shortcut })),
  );
  const shortcutIndex = createIndex();
  shortcutIndex.addAll(
    shortcutHits.map(({ entry, shortcut }, at) => ({
      id: String(at),
      nameId: shortcut.label.id,
      nameEn: shortcut.label.en,
      descriptionId: '',
      descriptionEn: '',
      keywords: shortcut.keywords.join(' '),
      agency: '',
      category: entry.name.id,
    })),
  );
  const found = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((entry): entry is Entry => entry !== undefined);

  function search(query: string, limit = 20): Entry[] {
    const words = typedSoFar(terms(query));
    if (words.length === 0) return [];
    // Names and keywords first; agencies, categories and descriptions only when those do not fill the page. A
    // national catalog holds thousands of apps of every agency, and scoring them all costs more than a frame.
    const named = index.search(queryTree(words, 'AND', namingFields));
    const results = named.length >= limit ? named : index.search(queryTree(words, 'AND'));
    const matches = results.map((result) => String(result.id));
    return found([...new Set([...intendedApps(words), ...matches])]).slice(0, limit);
  }
  return Object.assign(search, {
    shortcuts(query: string, limit = 3): Array<ShortcutHit<Entry>> {
      const words = terms(query);
      if (words.length === 0) return [];
      return shortcutIndex
        .search(queryTree(words, 'AND'))
        .slice(0, limit)
        .flatMap((result) => shortcutHits[Number(result.id)] ?? []);
    },
    related(query: string, limit = 5): Entry[] {
      const words = terms(query);
      if (words.length === 0) return [];
      return found(index.search(queryTree(words, 'OR')).map((result) => String(result.id))).slice(0, limit);
    },
  });
}

export type CatalogSearch = ReturnType<typeof createCatalogSearch<IndexEntry>>;
