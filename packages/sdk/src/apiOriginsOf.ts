import type { ManifestEntry } from '@bas/manifest';

/**
 * Where an app may send its access token: the origins its entry declares as its agency's API (`apiOrigins`), or
 * the remote's own origin (that of its `manifestUrl`) when it declares none. Apps that are not federated get no
 * token, so they have none.
 *
 * @example
 * apiOriginsOf(entry).includes(new URL(request.url).origin);
 */
export function apiOriginsOf(entry: ManifestEntry): readonly string[] {
  if (entry.kind !== 'federated') return [];
  return entry.apiOrigins ?? [new URL(entry.manifestUrl).origin];
}
