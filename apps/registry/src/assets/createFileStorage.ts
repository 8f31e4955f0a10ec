import { link, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Where approved remote builds are kept: write-once bytes under keys like
 * `remotes/<app>/<version>/<sha256>/remoteEntry.js`. The filesystem under `BAS_DATA_DIR` implements it; an
 * S3-compatible object store fits the same three calls (`PutObject` with `If-None-Match: *`, `GetObject`,
 * `ListObjectsV2` and `DeleteObjects` under a prefix), see apps/registry/README.md.
 */
export interface RemoteStorage {
  /** Stores `bytes` under `key` unless something is there already (keys are content-addressed, so it is equal). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Deletes every key under `folder/` (none there is fine): the uploads of a version nobody may be served. */
  remove(folder: string): Promise<void>;
}

/** Storage in a folder: each key a file, written to a temporary name first so a reader never sees half a file. */
export function createFileStorage(root: string): RemoteStorage {
  const base = resolve(root);
  const fileOf = (key: string) => {
    const file = resolve(join(base, key));
    // Keys are checked where they are made; this is the last line against a path out of the folder.
    if (!file.startsWith(base + sep)) throw new Error(`storage key "${key}" leaves ${base}`);
    return file;
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      await writeFile(partial, bytes, { flag: 'wx' });
      // A link, unlike a rename, never replaces a file that is there: what was stored stays as it was.
      await link(partial, file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      await unlink(partial);
    },
    async get(key) {
      return readFile(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
        throw error;
      });
    },
    async remove(folder) {
      // `remotes/<app>/..` stays in the folder yet names all of remotes/: only plain segments are deleted.
      if (folder.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new Error(
          `storage folder "${folder}" has an empty, "." or ".." segment; name the folder itself`,
        );
      }
      await rm(fileOf(folder), { recursive: true, force: true });
    },
  };
}
