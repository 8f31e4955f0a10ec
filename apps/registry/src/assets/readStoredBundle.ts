import type { ManifestEntry } from '@bas/manifest';
import { integrityIndexName, sriOf } from '@bas/manifest/integrity';
import { z } from 'zod';
import type { BundleFiles } from './compareBundles.ts';
import type { RemoteStorage } from './createFileStorage.ts';
import { versionFolder } from './storeBundle.ts';

/** The part of `bas-integrity.json` read here; the file is the registry's own, checked anyway before it is read. */
const integrityIndex = z.object({ version: z.literal(1), files: z.record(z.string(), z.string()) });

/** Files read at once: enough to be quick on a disk or an object store, few enough not to flood either. */
const readsAtOnce = 16;

/**
 * The files of the build an entry was uploaded with, or undefined when the entry points anywhere else (an agency
 * that serves its own build) or the stored build is not the one the entry pins. The folder is the one the upload
 * made (`remotes/<app>/<version>/<sha256>/`, see storeBundle), found from the entry's `manifestUrl`; its index must
 * hash to the entry's `integrity`, so the files listed are the bytes the portal would serve. Sizes are read from
 * the stored files (the index holds only hashes): a review reads a build of at most 25 MB.
 */
export async function readStoredBundle(
  storage: RemoteStorage,
  assetOrigin: string,
  entry: ManifestEntry,
): Promise<BundleFiles | undefined> {
  if (entry.kind !== 'federated' || entry.integrity === undefined) return undefined;
  const prefix = `${assetOrigin}/${versionFolder(entry.id, entry.version)}/`;
  if (!entry.manifestUrl.startsWith(prefix)) return undefined;
  const hash = /^([0-9a-f]{64})\/mf-manifest\.json$/.exec(entry.manifestUrl.slice(prefix.length))?.[1];
  if (hash === undefined) return undefined;
  const folder = `${versionFolder(entry.id, entry.version)}/${hash}`;
  const indexBytes = await storage.get(`${folder}/${integrityIndexName}`);
  if (indexBytes === undefined || sriOf(indexBytes) !== entry.integrity) return undefined;
  const index = integrityIndex.safeParse(JSON.parse(indexBytes.toString('utf8')));
  if (!index.success) return undefined;

  const listed = Object.entries(index.data.files);
  const files = new Map<string, { integrity: string; bytes: number }>();
  for (let start = 0; start < listed.length; start += readsAtOnce) {
    const sizes = await Promise.all(
      listed
        .slice(start, start + readsAtOnce)
        .map(async ([path]) => (await storage.get(`${folder}/${path}`))?.length),
    );
    for (const [offset, bytes] of sizes.entries()) {
      const [path, integrity] = listed[start + offset] ?? [];
      // A listed file that is gone: the folder is not the build the entry pins any more.
      if (bytes === undefined || path === undefined || integrity === undefined) return undefined;
      files.set(path, { integrity, bytes });
    }
  }
  return files;
}
