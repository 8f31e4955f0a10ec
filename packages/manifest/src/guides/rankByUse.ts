import { popularServices } from './popularServices.ts';

const cityRank: ReadonlyMap<string, number> = new Map(popularServices.map((id, index) => [id, index]));

/**
 * Entries ordered by use, never by alphabet: this person's own apps first (starred, then recently opened), then
 * the city's most used services, then the rest in catalog order (the sort is stable). The registry orders a
 * section's first apps so (with no person), the portal each list it shows.
 */
export function rankByUse<Entry extends { id: string }>(
  entries: readonly Entry[],
  personal: readonly string[] = [],
): Entry[] {
  const rank = (entry: Entry) => {
    const own = personal.indexOf(entry.id);
    if (own !== -1) return own;
    return personal.length + (cityRank.get(entry.id) ?? popularServices.length);
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
