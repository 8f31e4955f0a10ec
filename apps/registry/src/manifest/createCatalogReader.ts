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
 * Reads the manifest's entries, with the monitor's `down` apps marked, each time it is called; when neither the
 * catalog (its version) nor the apps down changed since the last call, it answers the same array as then, without
 * reading the entries: the manifest cache then keeps what it built from them. At 27,000 entries, reading and
 * serialising them again took half a second of the event loop every five seconds; asking the version takes a
 * millisecond.
 *
 * From the read replica when there is one, unless it has not yet replayed the newest change announced: a standby
 * lags the primary by a moment, and a manifest read from it then would serve the old catalog until the cache's
 * maximum age ran out. The primary answers those reads.
 */
/** How often the catalog is read in full even when its version has not moved. */
const fullReadEveryMs = 60_000;

export function createCatalogReader(sources: CatalogSources): () => Promise<ManifestEntry[]> {
  let last: { version: string; entries: ManifestEntry[]; at: number } | undefined;
  return async () => {
    let { store, probes } = sources;
    if (sources.replica !== undefined) {
      const replica = createCatalogRepository(sources.replica);
      if ((await replica.latestChange()) >= sources.changes.seen) {
        store = replica;
        probes = createProbeStore(sources.replica);
      }
    }
    const downSince = await probes.downSince();
    const version = `${await store.catalogVersion()} ${JSON.stringify([...downSince].sort())}`;
    // Read in full once a minute all the same: a change made without an audit record (a migration rewriting
    // entries, a fix by hand in SQL) is then seen within a minute, not at the next audited change.
    if (last?.version === version && Date.now() - last.at < fullReadEveryMs) return last.entries;
    const at = Date.now();
    const entries = withAvailability(await store.currentEntries(), downSince);
    last = { version, entries, at };
    return entries;
  };
}
