import type { ManifestEntry } from '@bas/manifest';
import { catalogUrlOf } from './catalogUrlOf.ts';
import { fetchCatalogDocument } from './fetchCatalogDocument.ts';
import { parseManifestEntries } from './parseManifestEntries.ts';
import { reportSkippedEntries } from './reportSkippedEntries.ts';

/** Where the registry answers the one entry at `/layanan/<route>` (undefined for a static catalog). */
export function entryUrlOf(manifestUrl: string, route: string): string | undefined {
  return catalogUrlOf(manifestUrl, `catalog/routes/${encodeURIComponent(route)}`);
}

/** The registry's answer about one entry: `entry` is undefined when there is none this visitor may see. */
export type EntryAnswer =
  | { status: 'unchanged'; readAt: string | undefined }
  | {
      status: 'changed';
      entry: ManifestEntry | undefined;
      etag: string | undefined;
      readAt: string | undefined;
    };

/**
 * One entry of the anonymous catalog, revalidating with `etag`: what an app page opened from a link needs, a few
 * hundred bytes, where the whole list of a national catalog is hundreds of kilobytes. An entry the shell cannot
 * open (a kind it does not know) is left out as it is from the list, and said so.
 */
export async function fetchCatalogEntry(
  url: string,
  options: { etag?: string | undefined; timeoutMs?: number } = {},
): Promise<EntryAnswer> {
  const answer = await fetchCatalogDocument(url, options);
  if (answer.status === 'unchanged') return answer;
  if (answer.status === 'absent')
    return { status: 'changed', entry: undefined, etag: undefined, readAt: answer.readAt };
  const { entries, skipped } = parseManifestEntries([answer.body]);
  reportSkippedEntries(skipped, url);
  return { status: 'changed', entry: entries[0], etag: answer.etag, readAt: answer.readAt };
}
