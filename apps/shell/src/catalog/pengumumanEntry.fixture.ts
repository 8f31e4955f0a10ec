import type { ManifestEntry } from './ManifestEntry.ts';

/** A valid manifest entry for tests. */
export const pengumumanEntry: ManifestEntry = {
  id: 'pengumuman',
  name: 'Pengumuman Kota Bogor',
  description: 'Pengumuman resmi.',
  agency: 'Diskominfo',
  kind: 'federated',
  entry: 'http://remote.test/mf-manifest.json',
  exposedModule: './App',
  route: 'pengumuman',
};
