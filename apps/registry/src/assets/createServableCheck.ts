import type { CatalogRepository } from '../catalog/createCatalogRepository.ts';
import type { Servable } from './createAssetServer.ts';

/**
 * Whether a stored folder may be served: its version is approved, its app not disabled, and the entry points at this
 * very folder. A yes is kept for `maxAgeMs` (a disabled app's files stop being served within that time), so the
 * many files of one app cost one query; a no is asked again, so a version is served as soon as it is approved.
 */
export function createServableCheck(
  store: Pick<CatalogRepository, 'approvedEntry'>,
  maxAgeMs = 5000,
): Servable {
  const answers = new Map<string, { servable: boolean; at: number }>();
  return async (folder, app, version) => {
    const known = answers.get(folder);
    if (known !== undefined && Date.now() - known.at < maxAgeMs) return known.servable;
    const entry = await store.approvedEntry(app, version);
    const servable =
      entry?.kind === 'federated' && new URL(entry.manifestUrl).pathname === `/${folder}/mf-manifest.json`;
    if (answers.size > 10_000) answers.clear();
    if (servable) answers.set(folder, { servable, at: Date.now() });
    else answers.delete(folder);
    return servable;
  };
}
