import { createHash } from 'node:crypto';
import { precompressed } from '@bas/server-kit';
import { filterManifestForUser, type ManifestEntry, type ManifestUser } from '@bas/manifest';

/** One audience's manifest, serialised and compressed once, answered from memory until the catalog changes. */
export interface CachedManifest {
  json: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

export interface ManifestCache {
  forUser(user: ManifestUser): Promise<CachedManifest>;
  /** Called after every write to the catalog: the next request builds the manifests again. */
  invalidate(): void;
}

/**
 * Everyone with the same roles and agency sees the same catalog (filterManifestForUser reads nothing else), so
 * the manifest is built per audience, not per person.
 */
function audienceOf(user: ManifestUser): string {
  return user.kind === 'anonymous' ? 'anonymous' : `${[...user.roles].sort().join(',')}|${user.agency ?? ''}`;
}

function serialise(json: Buffer): CachedManifest {
  return {
    json,
    ...precompressed(json),
    etag: `"${createHash('sha1').update(json).digest('base64url')}"`,
  };
}

/**
 * The manifest's answers kept in memory: the catalog read once, each audience's manifest serialised, compressed
 * (gzip and brotli) and hashed once. This process's writes invalidate it at once; `maxAgeMs` bounds how long a
 * write by another registry process sharing the database can go unseen.
 */
export function createManifestCache(
  currentEntries: () => Promise<ManifestEntry[]>,
  maxAgeMs = 5000,
): ManifestCache {
  let catalog: Promise<ManifestEntry[]> | undefined;
  let builtAt = 0;
  const audiences = new Map<string, Promise<CachedManifest>>();
  // What each audience was last sent: when the catalog is read again after `maxAgeMs` and nothing changed, the
  // compressed answers are reused (brotli at its best takes a tenth of a second for 200 apps).
  const lastSent = new Map<string, CachedManifest>();
  const build = (key: string, entries: ManifestEntry[], user: ManifestUser) => {
    const json = Buffer.from(JSON.stringify({ entries: filterManifestForUser(entries, user) }));
    const previous = lastSent.get(key);
    if (previous?.json.equals(json) === true) return previous;
    const built = serialise(json);
    lastSent.set(key, built);
    return built;
  };
  const invalidate = () => {
    catalog = undefined;
    audiences.clear();
  };
  return {
    invalidate,
    forUser(user) {
      if (Date.now() - builtAt > maxAgeMs) invalidate();
      const key = audienceOf(user);
      let cached = audiences.get(key);
      if (cached === undefined) {
        if (catalog === undefined) {
          builtAt = Date.now();
          catalog = currentEntries();
        }
        cached = catalog.then((entries) => build(key, entries, user));
        // A failed read is not kept: the next request tries the database again.
        cached.catch(invalidate);
        audiences.set(key, cached);
      }
      return cached;
    },
  };
}
