import type { ManifestUser } from '@bas/manifest';
import type { CachedManifest, ManifestCache } from '../manifest/createManifestCache.ts';

/**
 * The ids of the apps a caller may see: exactly those of the manifest the registry serves them, so telemetry
 * follows the same rule as the catalog (decided in one place). The ids are read once per served manifest, which
 * the cache keeps until the catalog changes, so a flood of batches does not parse or query anything.
 */
export function createVisibleApps(manifests: ManifestCache) {
  const idsOf = new WeakMap<CachedManifest, ReadonlySet<string>>();
  return async function visibleApps(user: ManifestUser): Promise<ReadonlySet<string>> {
    const { manifest } = await manifests.forUser(user);
    let ids = idsOf.get(manifest);
    if (ids === undefined) {
      const { entries } = JSON.parse(manifest.json.toString('utf8')) as { entries: Array<{ id: string }> };
      ids = new Set(entries.map((entry) => entry.id));
      idsOf.set(manifest, ids);
    }
    return ids;
  };
}
