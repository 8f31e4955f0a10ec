import type { ManifestEntry } from '@bas/manifest';
import type { Kysely } from 'kysely';
import { createCatalogRepository, type CatalogRepository } from '../catalog/createCatalogRepository.ts';
import type { Database } from '../db/schema.ts';
import { createProbeStore, type ProbeStore } from '../monitor/createProbeStore.ts';
import { withAvailability } from './withAvailability.ts';

export interface CatalogSources {
  store: CatalogRepository;
  probes: ProbeStore;
  /** A read replica, when the registry has one; the primary (`store`, `probes`) otherwise. */
  replica?: Kysely<Database> | undefined;
  /** The newest catalog version a notification announced. */
  changes: { seen: number };
}

/**
 * The manifest's entries, with the monitor's `down` apps marked. From the read replica when there is one, unless it
 * has not yet replayed the newest change announced: a standby lags the primary by a moment, and a manifest read from
 * it then would serve the old catalog until the cache's maximum age ran out. The primary answers those reads.
 */
export async function readCatalog(sources: CatalogSources): Promise<ManifestEntry[]> {
  let { store, probes } = sources;
  if (sources.replica !== undefined) {
    const replica = createCatalogRepository(sources.replica);
    if ((await replica.latestChange()) >= sources.changes.seen) {
      store = replica;
      probes = createProbeStore(sources.replica);
    }
  }
  return withAvailability(await store.currentEntries(), await probes.downSince());
}
