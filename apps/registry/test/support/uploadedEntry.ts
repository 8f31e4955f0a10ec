import { seedEntry } from './startTestRegistry.ts';

/**
 * A seed entry as an upload declares it: without `manifestUrl` and `integrity`, which the registry sets to where it
 * stores the build. `id` (its route too) and `version` are the upload's.
 */
export function uploadedEntry(version: string, id?: string): Record<string, unknown> {
  const {
    manifestUrl: _url,
    integrity: _integrity,
    ...entry
  } = seedEntry('antrean-disdukcapil') as Record<string, unknown>;
  return { ...entry, ...(id === undefined ? {} : { id, route: id }), version };
}
