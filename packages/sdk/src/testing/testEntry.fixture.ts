import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';

/** A real catalog entry to mount test remotes with. */
export function testEntry(id = 'pengumuman'): ManifestEntry {
  const entry = seedCatalog().find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`the seed catalog has no "${id}"`);
  return entry;
}
