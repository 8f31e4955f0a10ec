import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildPin } from '../integrity/integrityIndex.ts';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { loadSeedFiles } from './loadSeedFiles.ts';

export interface SeedOptions {
  /**
   * Origins of the sample apps this repository builds and serves, by app id (`{ pengumuman:
   * 'http://127.0.0.1:4101' }`): federated remotes and legacy iframe apps. Their entries point there; every other
   * app keeps its production URL.
   */
  sampleApps?: Readonly<Record<string, string>>;
  /** What each sample app's entry carries of its build (`writeIntegrityIndex`), by app id. */
  pins?: Readonly<Record<string, BuildPin>>;
}

// packages/manifest/seed/, two levels up from both src/seed/ (tests) and dist/seed/ (the built package).
const seedDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');

/** The seed files, in catalog order. */
const seedFiles = ['government.json', 'public-services.json', 'community.json', 'regional.json'];

let loaded: readonly ManifestEntry[] | undefined;

function pointAt(entry: ManifestEntry, origin: string, pin: BuildPin | undefined): ManifestEntry {
  return entry.kind === 'federated'
    ? { ...entry, manifestUrl: `${origin}/mf-manifest.json`, standaloneUrl: `${origin}/`, ...pin }
    : { ...entry, url: `${origin}/` };
}

/**
 * The Kota Bogor seed catalog, read from the JSON files in packages/manifest/seed/: over 200 applications of every
 * agency, public and internal, federated, iframe and link. Federated apps other than the sample remotes point at
 * production hosts and carry no integrity hash yet, so the catalog validates in the `development` environment.
 * Node only: the files are read from disk on the first call.
 *
 * @example
 * const entries = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });
 */
export function seedCatalog(options: SeedOptions = {}): ManifestEntry[] {
  loaded ??= loadSeedFiles(seedFiles.map((name) => join(seedDirectory, name)));
  // Fresh copies on every call, as when the catalog was code: one caller changing its entries must not change the
  // next caller's.
  return structuredClone(loaded).map((entry) => {
    const origin = options.sampleApps?.[entry.id];
    return origin === undefined ? entry : pointAt(entry, origin, options.pins?.[entry.id]);
  });
}
