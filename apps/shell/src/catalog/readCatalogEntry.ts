import type { ManifestEntry } from '@bas/manifest';
import { parseManifestEntries } from './parseManifestEntries.ts';
import { reportSkippedEntries } from './reportSkippedEntries.ts';

/**
 * The entry the registry sent from `url`, or undefined when it sent none (a 404: none this visitor may see). One the
 * shell cannot open (a kind it does not know) is left out as it is from the list, and said so.
 */
export function readCatalogEntry(body: unknown, url: string): ManifestEntry | undefined {
  if (body === undefined) return undefined;
  const { entries, skipped } = parseManifestEntries([body]);
  reportSkippedEntries(skipped, url);
  return entries[0];
}
