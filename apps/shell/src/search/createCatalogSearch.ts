import type { ManifestEntry } from '@bas/manifest';
import { findAgency } from '@bas/manifest/agencies';
import MiniSearch, { type Query } from 'minisearch';
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
 * Catalog search as you type, with MiniSearch: typo-tolerant (fuzzy), prefix matching so results appear before a
 * word is finished, names weighted over descriptions, and synonyms ("KTP" finds the population documents). Every
 * typed word must match, itself or through one of its synonyms.
 */
export function createCatalogSearch(entries: readonly ManifestEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['nameId', 'nameEn', 'keywords', 'agency', 'category', 'descriptionId', 'descriptionEn'],
    processTerm: (term) => normalize(term),
    searchOptions: {
      boost: { nameId: 4, nameEn: 3, keywords: 3, agency: 2, category: 1.5 },
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      prefix: (term) => term.length > 1,
    },
  });
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
  return function search(query: string, limit = 20): ManifestEntry[] {
    const words = terms(query);
    if (words.length === 0) return [];
    const tree: Query = {
      combineWith: 'AND',
      queries: words.map((word) => ({ combineWith: 'OR', queries: [word, ...(synonyms[word] ?? [])] })),
    };
    return index
      .search(tree)
      .slice(0, limit)
      .map((result) => byId.get(String(result.id)))
      .filter((entry): entry is ManifestEntry => entry !== undefined);
  };
}

export type CatalogSearch = ReturnType<typeof createCatalogSearch>;
