/** What a browse page lists: the apps of a life event (`/peristiwa/…`), a category (`/kategori/…`) or an agency. */
export type BrowseBy = 'lifeEvent' | 'category' | 'agency';

const byPath: Record<string, BrowseBy> = { peristiwa: 'lifeEvent', kategori: 'category', instansi: 'agency' };

/** How many of a section's apps its page asks for first: a few of a phone's screens (decisions/0038). */
export const firstOfSection = 48;

/**
 * The registry's query for the first apps of one section, `category=kependudukan&first=48`, or with `whole` for all
 * of them: also the section's key in the store. A life event's is always whole: its page's journey may name any of
 * its apps, and life events are the smallest sections.
 */
export function sectionQuery(by: BrowseBy, key: string, whole = false): string {
  const first = whole || by === 'lifeEvent' ? '' : `&first=${String(firstOfSection)}`;
  return `${by}=${encodeURIComponent(key)}${first}`;
}

/** The query for all of the section that `query` asks the first apps of (the same query when it asks for all). */
export function wholeSectionOf(query: string): string {
  return query.replace(/&first=\d+$/, '');
}

/** The section the browse page at `pathname` lists, as its query; undefined for any other page. */
export function sectionAt(pathname: string): string | undefined {
  const [, path = '', key] = /^\/(peristiwa|kategori|instansi)\/([^/?#]+)\/?$/.exec(pathname) ?? [];
  const by = byPath[path];
  return by === undefined || key === undefined ? undefined : sectionQuery(by, decoded(key));
}

/** A path segment as typed; one that is not valid percent-encoding stays as it is (and matches no section). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
