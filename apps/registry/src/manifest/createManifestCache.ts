import { createHash } from 'node:crypto';
import { precompressedInStages } from '@bas/server-kit';
import {
  catalogHomeOf,
  filterManifestForUser,
  indexEntryOf,
  type ManifestEntry,
  type ManifestUser,
} from '@bas/manifest';
import { rankByUse } from '@bas/manifest/guides';
import { RegistryError } from '../errors/RegistryError.ts';

/** One audience's manifest, serialised and compressed once, answered from memory until the catalog changes. */
export interface CachedManifest {
  json: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

/** A manifest and when the catalog it was built from was read from the database. */
export interface ManifestCopy {
  manifest: CachedManifest;
  /** The start of the last successful read: older than `maxAgeMs` only while the database cannot be read. */
  readAt: Date;
}

/**
 * What the registry serves of the catalog to each audience: the whole entries (`manifest`), the compact index the
 * portal lists and searches (`index`), and the home's first screen (`home`).
 */
const documents = {
  manifest: (entries: ManifestEntry[]) => ({ entries }),
  index: (entries: ManifestEntry[]) => ({ entries: entries.map(indexEntryOf) }),
  // The popular services whole, as the portal's server renders them into the page: the shell revalidates the home it
  // hydrated with this document, and a tap on one can start loading the app.
  home: (entries: ManifestEntry[]) => catalogHomeOf(entries, (entry) => entry),
} satisfies Record<string, (entries: ManifestEntry[]) => unknown>;

export type CatalogDocument = keyof typeof documents;

/** One browse section of the catalog: the entries of a category, an agency or a life event. */
export interface CatalogSection {
  by: 'category' | 'agency' | 'lifeEvent';
  key: string;
  /** Only the section's first apps, in the order the portal lists them (the city's most used first). */
  first?: number;
}

const inSection =
  ({ by, key }: CatalogSection) =>
  (entry: ManifestEntry) =>
    by === 'lifeEvent' ? entry.lifeEvents?.some((event) => event === key) === true : entry[by] === key;

/** The entries one audience may see, by id, and when the catalog they come from was read. */
interface Visible {
  /** The catalog read they were filtered from: the same array again when the catalog has not changed. */
  catalog: ManifestEntry[];
  entries: ManifestEntry[];
  byId: ReadonlyMap<string, ManifestEntry>;
  byRoute: ReadonlyMap<string, ManifestEntry>;
  readAt: Date;
  /** Which read of the catalog, in the order they started: two can overlap, and the older finish last. */
  read: number;
}

export interface ManifestCache {
  /**
   * The caller's manifest, or another of its documents (the same object for as long as the catalog is unchanged),
   * and when it was read.
   */
  forUser(user: ManifestUser, document?: CatalogDocument): Promise<ManifestCopy>;
  /** One entry, if the caller may see it (undefined as for an id that does not exist), and when it was read. */
  entryFor(user: ManifestUser, id: string): Promise<{ entry: ManifestEntry | undefined; readAt: Date }>;
  /**
   * The entries of one section the caller may see, as `{ entries }` compressed ahead (the same object for as long as
   * the catalog is unchanged), or undefined when the section has none (so a made-up key is never kept).
   */
  sectionFor(user: ManifestUser, section: CatalogSection): Promise<ManifestCopy | undefined>;
  /** The entry at `/layanan/<route>`, if the caller may see it. */
  entryAt(user: ManifestUser, route: string): Promise<{ entry: ManifestEntry | undefined; readAt: Date }>;
  /** Called after every write to the catalog: the next request builds the manifests again. */
  invalidate(): void;
  /** When the catalog was last read successfully, for any audience; undefined before the first read. */
  lastReadAt(): Date | undefined;
}

/**
 * Everyone with the same roles and agency sees the same catalog (filterManifestForUser reads nothing else), so
 * the manifest is built per audience, not per person.
 */
function audienceOf(user: ManifestUser): string {
  return user.kind === 'anonymous' ? 'anonymous' : `${[...user.roles].sort().join(',')}|${user.agency ?? ''}`;
}

/** After a failed read, how long the answers it gave (earlier copies, or the error) stand before the next try. */
const retryAfterFailureMs = 1000;

/**
 * The manifest's answers kept in memory: the catalog read once, each audience's manifest serialised, compressed
 * (gzip and brotli) and hashed once, and audiences that see the same bytes sharing one copy. This process's writes invalidate it at once; `maxAgeMs` bounds how long a
 * write by another registry process sharing the database can go unseen.
 *
 * When reading the catalog again fails (the database is down, busy or slow), each audience keeps getting the last
 * manifest read successfully, with the time of that read, and the database is tried again a second later; only an
 * audience that never had a copy gets the error, a 503.
 */
export function createManifestCache(
  currentEntries: () => Promise<ManifestEntry[]>,
  maxAgeMs = 5000,
): ManifestCache {
  let catalog: Promise<{ entries: ManifestEntry[]; readAt: Date; read: number }> | undefined;
  let readsStarted = 0;
  let builtAt = 0;
  let lastReadAt: Date | undefined;
  // Each audience's entries, and each audience's documents (by audience and document name).
  const visible = new Map<string, Promise<Visible>>();
  const audiences = new Map<string, Promise<ManifestCopy>>();
  // What each audience was last sent: its answer when the catalog cannot be read again, and, when it is read again
  // after `maxAgeMs` and nothing changed, the compressed answers to reuse (brotli at its best takes a tenth of a
  // second for 200 apps).
  const lastSent = new Map<string, ManifestCopy & { from: ManifestEntry[]; read: number }>();
  const lastVisible = new Map<string, Visible>();
  // Each answer's bytes by their hash: audiences that see the same catalog (a visitor, a citizen, a developer outside
  // any agency) share one copy, compressed once. A copy is kept while some audience was last sent it, counted in
  // `held`; the background compression of one no longer held is skipped.
  const byContent = new Map<string, CachedManifest>();
  const held = new Map<CachedManifest, number>();
  const hold = (manifest: CachedManifest, by: 1 | -1) => {
    const count = (held.get(manifest) ?? 0) + by;
    if (count > 0) {
      held.set(manifest, count);
      return;
    }
    held.delete(manifest);
    if (byContent.get(manifest.etag) === manifest) byContent.delete(manifest.etag);
  };
  /**
   * The answer's bytes: compressed at once, and for a large catalog compressed better in the background for as long
   * as it is held, the answers that follow then sending the smaller copy (the JSON, and so the ETag, is the same).
   */
  const serialise = (json: Buffer): CachedManifest => {
    const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
    const known = byContent.get(etag);
    if (known !== undefined) return known;
    const copy: CachedManifest = {
      json,
      ...precompressedInStages(
        json,
        (best) => Object.assign(copy, best),
        () => byContent.get(etag) === copy,
      ),
      etag,
    };
    byContent.set(etag, copy);
    return copy;
  };
  const build = (
    key: string,
    document: (entries: ManifestEntry[]) => unknown,
    { entries, readAt, read }: Visible,
  ) => {
    const previous = lastSent.get(key);
    // Two reads overlapped (a slow database, and a write or the cache's age started another) and the older one
    // finished last: the answer from the newer read stands.
    if (previous !== undefined && previous.read > read) return previous;
    // The same entries as last time (the catalog read again, unchanged): the same answer, not even serialised again.
    if (previous?.from === entries) {
      const copy = { ...previous, readAt, read };
      lastSent.set(key, copy);
      return copy;
    }
    const json = Buffer.from(JSON.stringify(document(entries)));
    const manifest = serialise(json);
    const copy = { manifest, readAt, from: entries, read };
    lastSent.set(key, copy);
    if (previous?.manifest !== manifest) {
      hold(manifest, 1);
      if (previous !== undefined) hold(previous.manifest, -1);
    }
    return copy;
  };
  const fallBack = <T>(last: Map<string, T>, key: string, error: unknown) => {
    const previous = last.get(key);
    if (previous !== undefined) return previous;
    throw new RegistryError(
      'UNAVAILABLE',
      'The catalog cannot be read from the database right now, and this registry has no earlier copy to answer with; try again in a few seconds.',
      [],
      { cause: error },
    );
  };
  const readCatalog = () => {
    const readAt = new Date();
    const read = (readsStarted += 1);
    builtAt = readAt.getTime();
    const reading = currentEntries().then(
      (entries) => {
        lastReadAt = readAt;
        return { entries, readAt, read };
      },
      (error: unknown) => {
        // Unless a write has asked for a new read meanwhile, this failure's answers stand for a second: the database
        // is not asked again by every request while it is down.
        if (catalog === reading) builtAt = Date.now() - maxAgeMs + retryAfterFailureMs;
        throw error;
      },
    );
    return reading;
  };
  const invalidate = () => {
    catalog = undefined;
    visible.clear();
    audiences.clear();
  };
  const visibleTo = (user: ManifestUser) => {
    if (Date.now() - builtAt > maxAgeMs) invalidate();
    const key = audienceOf(user);
    let cached = visible.get(key);
    if (cached === undefined) {
      catalog ??= readCatalog();
      cached = catalog.then(
        ({ entries, readAt, read }) => {
          const previous = lastVisible.get(key);
          if (previous !== undefined && previous.read > read) return previous;
          if (previous?.catalog === entries) {
            const copy = { ...previous, readAt, read };
            lastVisible.set(key, copy);
            return copy;
          }
          const seen = filterManifestForUser(entries, user);
          const copy = {
            catalog: entries,
            entries: seen,
            byId: new Map(seen.map((entry) => [entry.id, entry])),
            byRoute: new Map(seen.map((entry) => [entry.route, entry])),
            readAt,
            read,
          };
          lastVisible.set(key, copy);
          return copy;
        },
        (error: unknown) => fallBack(lastVisible, key, error),
      );
      visible.set(key, cached);
    }
    return cached;
  };
  const forUser = (user: ManifestUser, document: CatalogDocument = 'manifest') => {
    const seen = visibleTo(user);
    const key = `${audienceOf(user)}#${document}`;
    let cached = audiences.get(key);
    if (cached === undefined) {
      cached = seen.then(
        (entries) => build(key, documents[document], entries),
        (error: unknown) => fallBack(lastSent, key, error),
      );
      audiences.set(key, cached);
    }
    return cached;
  };
  // Kept like every other answer, per audience and until the catalog changes: the routes accept only a few `first`
  // values (multiples of a page), so a caller can neither fill memory with copies nor make each request compress.
  const sectionFor = async (user: ManifestUser, section: CatalogSection) => {
    const seen = await visibleTo(user);
    const first = section.first === undefined ? '' : `&first=${String(section.first)}`;
    const key = `${audienceOf(user)}#${section.by}=${section.key}${first}`;
    let cached = audiences.get(key);
    if (cached === undefined) {
      const entries = seen.entries.filter(inSection(section));
      if (entries.length === 0) return undefined;
      const shown = section.first === undefined ? entries : rankByUse(entries).slice(0, section.first);
      cached = Promise.resolve(build(key, () => ({ entries: shown, total: entries.length }), seen));
      audiences.set(key, cached);
    }
    return cached;
  };
  return {
    invalidate,
    lastReadAt: () => lastReadAt,
    forUser,
    async entryFor(user, id) {
      const { byId, readAt } = await visibleTo(user);
      return { entry: byId.get(id), readAt };
    },
    sectionFor,
    async entryAt(user, route) {
      const { byRoute, readAt } = await visibleTo(user);
      return { entry: byRoute.get(route), readAt };
    },
  };
}
