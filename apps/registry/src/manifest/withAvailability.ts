import type { ManifestEntry } from '@bas/manifest';

/** What the portal is told about an app the monitor finds down; entries of apps that answer carry nothing. */
export interface Availability {
  status: 'down';
  /** When it went down (the first of the failed probes). */
  since: string;
}

/**
 * The entries, each of an app the monitor finds `down` with `availability`, so the portal can tell citizens before
 * they open it. A field the shell does not know (older shells) is left alone by it (parseManifestEntries).
 */
export function withAvailability(
  entries: readonly ManifestEntry[],
  downSince: ReadonlyMap<string, string>,
): Array<ManifestEntry & { availability?: Availability }> {
  return entries.map((entry) => {
    const since = downSince.get(entry.id);
    return since === undefined ? entry : { ...entry, availability: { status: 'down', since } };
  });
}
