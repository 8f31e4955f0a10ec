/** What a browse page lists: the apps of a life event (`/peristiwa/…`), a category (`/kategori/…`) or an agency. */
export type BrowseBy = 'lifeEvent' | 'category' | 'agency';

const byPath: Record<string, BrowseBy> = { peristiwa: 'lifeEvent', kategori: 'category', instansi: 'agency' };

/** The registry's query for the apps of one section, `category=kependudukan`: also the section's key in the store. */
export function sectionQuery(by: BrowseBy, key: string): string {
  return `${by}=${encodeURIComponent(key)}`;
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
