import { createHash } from 'node:crypto';
import { createIntegrityIndex, integrityIndexName, type OpeningFile } from '@bas/manifest/integrity';
import { precompressed } from '@bas/server-kit';
import type { RemoteStorage } from './createFileStorage.ts';

/** Types worth compressing; images and fonts are compressed already. */
const compressible = /\.(m?js|css|json|html|svg|map|txt)$/;

export interface PlannedBundle {
  /** `remotes/<app>/<version>/<sha256>`: named after the hash of the build's integrity index. */
  folder: string;
  /** What the catalog entry pins: the SRI hash of the index. */
  integrity: string;
  /** The files opening the app loads first, with their hashes; the catalog entry carries them. */
  openingFiles: OpeningFile[] | undefined;
  files: ReadonlyMap<string, Buffer>;
  index: Buffer;
}

/** The folder every upload of a version is stored in, one folder per build: `remotes/<app>/<version>`. */
export const versionFolder = (app: string, version: string) => `remotes/${app}/${version}`;

/** Where a build will be stored and the integrity that pins it, computed before anything is written. */
export function planBundle(app: string, version: string, files: ReadonlyMap<string, Buffer>): PlannedBundle {
  const { bytes: index, integrity, openingFiles } = createIntegrityIndex(files);
  const folder = `${versionFolder(app, version)}/${createHash('sha256').update(index).digest('hex')}`;
  return { folder, integrity, openingFiles, files, index };
}

/**
 * Stores a verified build where the asset origin serves it, with a brotli and a gzip copy of each text file. Equal
 * builds share a folder and nothing in one ever changes; the index goes last, so a folder with one is complete.
 */
export async function storeBundle(storage: RemoteStorage, bundle: PlannedBundle): Promise<void> {
  const { folder, files, index } = bundle;
  if ((await storage.get(`${folder}/${integrityIndexName}`)) !== undefined) return;
  for (const [path, bytes] of files) {
    await storage.put(`${folder}/${path}`, bytes);
    if (compressible.test(path) && bytes.length > 1024) {
      const { brotli, gzip } = precompressed(bytes);
      await storage.put(`${folder}/${path}.br`, brotli);
      await storage.put(`${folder}/${path}.gz`, gzip);
    }
  }
  await storage.put(`${folder}/${integrityIndexName}`, index);
}
