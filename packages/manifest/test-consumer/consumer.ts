// Compiled by `typecheck` against the built package, the way an agency project imports it: through the package
// name and its `exports`, with no path into src/.
import {
  filterManifestForUser,
  manifestEntrySchema,
  validateManifest,
  type ManifestEntry,
  type ManifestUser,
} from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';

const user: ManifestUser = { kind: 'signed-in', username: 'asn.bkpsdm', roles: ['asn'], agency: 'bkpsdm' };
const entries: ManifestEntry[] = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });
const result = validateManifest(entries, { environment: 'development' });
if (result.ok) {
  const visible: ManifestEntry[] = filterManifestForUser(result.entries, user);
  console.log(visible.length, manifestEntrySchema.safeParse(visible[0]).success);
}
