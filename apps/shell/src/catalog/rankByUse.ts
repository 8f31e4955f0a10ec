import type { ManifestEntry } from '@bas/manifest';
import { popularServices } from '@bas/manifest/guides';

const cityRank: ReadonlyMap<string, number> = new Map(popularServices.map((id, index) => [id, index]));

/**
 * Entries ordered by use, never by alphabet: this person's own apps first (starred, then recently opened), then
 * the city's most used services, then the rest in catalog order (the sort is stable).
 */
export function rankByUse(entries: readonly ManifestEntry[], personal: readonly string[]): ManifestEntry[] {
  const rank = (entry: ManifestEntry) => {
    const own = personal.indexOf(entry.id);
    if (own !== -1) return own;
    return personal.length + (cityRank.get(entry.id) ?? popularServices.length);
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
