import type { FederatedEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';

/** The seed catalog's sample remote, as the registry serves it, for tests. */
export const pengumumanEntry = seedCatalog({ sampleApps: { pengumuman: 'http://remote.test' } }).find(
  (entry): entry is FederatedEntry => entry.id === 'pengumuman' && entry.kind === 'federated',
) as FederatedEntry;
