import { popularServices } from './guides/popularServices.ts';
import type { ManifestEntry } from './manifestEntrySchema.ts';

/**
 * What the portal needs of an entry to list it, find it and link to it: a few dozen bytes compressed, against the
 * whole entry's few hundred. Search looks in the names, keywords, agency, category and description, and finds the
 * ways into parts of apps (`shortcuts`), so the index carries those too. The rest (addresses, version, owner,
 * integrity, offline help) comes with the entry itself, asked for when someone opens the app or its page.
 */
export type IndexEntry = Pick<
  ManifestEntry,
  | 'id'
  | 'route'
  | 'name'
  | 'description'
  | 'category'
  | 'agency'
  | 'icon'
  | 'kind'
  | 'status'
  | 'role'
  | 'keywords'
> &
  Pick<ManifestEntry, 'lifeEvents' | 'shortcuts'> & {
    /** Set by the registry on an app its monitor finds down, so the portal can say so before it is opened. */
    availability?: unknown;
  };

export function indexEntryOf(entry: ManifestEntry & { availability?: unknown }): IndexEntry {
  const { id, route, name, description, category, agency, icon, kind, status, role, keywords } = entry;
  const { lifeEvents, shortcuts, availability } = entry;
  return {
    id,
    route,
    name,
    description,
    category,
    agency,
    icon,
    kind,
    status,
    role,
    keywords,
    ...(lifeEvents === undefined ? {} : { lifeEvents }),
    ...(shortcuts === undefined ? {} : { shortcuts }),
    ...(availability === undefined ? {} : { availability }),
  };
}

/** How many entries carry each value: the home's counts of categories, agencies and life events. */
function countBy(entries: readonly ManifestEntry[], values: (entry: ManifestEntry) => readonly string[]) {
  const counts: Record<string, number> = {};
  for (const entry of entries) for (const value of values(entry)) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * The home's first screen, whatever the catalog's size: the city's most used services the person may see, and how
 * many entries each category, agency and life event holds, with the total. The same few kilobytes for 200 entries
 * as for 27,000.
 */
export interface CatalogHome<Popular = IndexEntry> {
  total: number;
  popular: Popular[];
  categories: Record<string, number>;
  agencies: Record<string, number>;
  lifeEvents: Record<string, number>;
}

/**
 * The home of `entries`, which must already be those the person may see. The registry sends the popular services
 * as index entries; the portal's server renders them whole into the page (`popularAs`), so a tap on one can start
 * loading the app before the rest of the catalog has arrived.
 */
export function catalogHomeOf(entries: readonly ManifestEntry[]): CatalogHome;
export function catalogHomeOf<Popular>(
  entries: readonly ManifestEntry[],
  popularAs: (entry: ManifestEntry) => Popular,
): CatalogHome<Popular>;
export function catalogHomeOf(
  entries: readonly ManifestEntry[],
  popularAs: (entry: ManifestEntry) => unknown = indexEntryOf,
): CatalogHome<unknown> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    total: entries.length,
    popular: popularServices.flatMap((id) => {
      const entry = byId.get(id);
      return entry === undefined ? [] : [popularAs(entry)];
    }),
    categories: countBy(entries, (entry) => [entry.category]),
    agencies: countBy(entries, (entry) => [entry.agency]),
    lifeEvents: countBy(entries, (entry) => entry.lifeEvents ?? []),
  };
}
