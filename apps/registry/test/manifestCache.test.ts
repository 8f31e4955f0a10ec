import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { anonymousUser, type ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import type * as serverKit from '@bas/server-kit';
import { describe, expect, it, vi } from 'vitest';
import { RegistryError } from '../src/errors/RegistryError.ts';
import { createManifestCache } from '../src/manifest/createManifestCache.ts';

const catalog = seedCatalog();

/** Whether the server kit may still compress each body better in the background, by the body handed to it. */
const stillWanted = vi.hoisted(() => new Map<Buffer, () => boolean>());
vi.mock('@bas/server-kit', async (importOriginal) => {
  const kit = await importOriginal<typeof serverKit>();
  return {
    ...kit,
    precompressedInStages: (...[body, improved, wanted]: Parameters<typeof kit.precompressedInStages>) => {
      if (wanted !== undefined) stillWanted.set(body, wanted);
      return kit.precompressedInStages(body, improved, wanted);
    },
  };
});
const wanted = (manifest: { json: Buffer }) => stillWanted.get(manifest.json)?.() ?? false;
/** The catalog with one public app renamed: another index for every audience. */
const renamed = (name: string) =>
  catalog.map((entry) =>
    entry.id === 'pengumuman' ? { ...entry, name: { ...entry.name, id: name } } : entry,
  );
const citizen = { kind: 'signed-in', username: 'warga', roles: ['warga'] } as const;
const asn = (agency: string, username: string) =>
  ({ kind: 'signed-in', username, roles: ['asn'], agency }) as const;

describe('createManifestCache', () => {
  it('reads the catalog once for every audience, and builds one manifest per audience, not per person', async () => {
    const read = vi.fn(() => Promise.resolve(catalog));
    const cache = createManifestCache(read);
    const { manifest: first } = await cache.forUser(asn('bkpsdm', 'asn.bkpsdm'));
    const { manifest: colleague } = await cache.forUser(asn('bkpsdm', 'asn.lain'));
    const { manifest: citizen } = await cache.forUser(anonymousUser);
    expect(read).toHaveBeenCalledOnce();
    expect(colleague).toBe(first);
    expect(citizen.etag).not.toBe(first.etag);
    const entries = (JSON.parse(citizen.json.toString()) as { entries: ManifestEntry[] }).entries;
    expect(entries.every((entry) => entry.role === 'public')).toBe(true);
    expect(gunzipSync(citizen.gzip)).toEqual(citizen.json);
    expect(brotliDecompressSync(citizen.brotli)).toEqual(citizen.json);
  });

  it('keeps one copy of the same bytes for every audience that sees the same catalog', async () => {
    const cache = createManifestCache(() => Promise.resolve(catalog));
    const visitor = await cache.forUser(anonymousUser, 'index');
    const citizen = await cache.forUser({ kind: 'signed-in', username: 'warga', roles: ['warga'] }, 'index');
    const civilServant = await cache.forUser(asn('bkpsdm', 'asn.bkpsdm'), 'index');
    // Serialised, compressed and held in memory once for the public, who are nearly everyone.
    expect(citizen.manifest).toBe(visitor.manifest);
    expect(civilServant.manifest.etag).not.toBe(visitor.manifest.etag);
  });

  it('compresses a shared copy better while any audience was last sent it, and stops once none was', async () => {
    let current = catalog;
    const cache = createManifestCache(() => Promise.resolve(current));
    const { manifest: shared } = await cache.forUser(anonymousUser, 'index');
    await cache.forUser(citizen, 'index');
    current = renamed('Pengumuman Kota');
    cache.invalidate();
    const { manifest: changed } = await cache.forUser(anonymousUser, 'index');
    expect(changed).not.toBe(shared);
    // The citizen has not asked since: the copy they were sent is theirs still.
    expect(wanted(shared)).toBe(true);
    expect((await cache.forUser(citizen, 'index')).manifest).toBe(changed);
    expect(wanted(shared)).toBe(false);
    expect(wanted(changed)).toBe(true);
  });

  it('keeps the answer of the newer read when an older, slower read finishes after it', async () => {
    const reads: Array<(entries: ManifestEntry[]) => void> = [];
    const cache = createManifestCache(() => new Promise((resolve) => reads.push(resolve)));
    const slow = cache.forUser(anonymousUser, 'index');
    cache.invalidate();
    const fast = cache.forUser(anonymousUser, 'index');
    reads[1]?.(renamed('Pengumuman Kota'));
    const { manifest: newer } = await fast;
    reads[0]?.(catalog);
    expect((await slow).manifest).toBe(newer);
    expect(wanted(newer)).toBe(true);
    expect((await cache.forUser(anonymousUser, 'index')).manifest).toBe(newer);
  });

  it("keeps a section's first apps like the whole section: ranked and compressed once per audience", async () => {
    const cache = createManifestCache(() => Promise.resolve(catalog));
    const section = { by: 'category', key: 'kependudukan', first: 48 } as const;
    const first = await cache.sectionFor(anonymousUser, section);
    expect((await cache.sectionFor(anonymousUser, section))?.manifest).toBe(first?.manifest);
    const answer = JSON.parse(first?.manifest.json.toString() ?? '{}') as {
      entries: ManifestEntry[];
      total: number;
    };
    expect(answer.entries[0]?.id).toBe('dokumen-kependudukan');
    expect(answer.total).toBe(
      catalog.filter((entry) => entry.category === 'kependudukan' && entry.role === 'public').length,
    );
  });

  it('reads the catalog again after a write, and after its maximum age', async () => {
    vi.useFakeTimers();
    try {
      const read = vi.fn(() => Promise.resolve(catalog));
      const cache = createManifestCache(read, 5000);
      await cache.forUser(anonymousUser);
      cache.invalidate();
      await cache.forUser(anonymousUser);
      expect(read).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(5001);
      await cache.forUser(anonymousUser);
      expect(read).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reuses the compressed answer when the catalog read again has not changed, and only then', async () => {
    const read = vi.fn(() => Promise.resolve(catalog));
    const cache = createManifestCache(read);
    const { manifest: first } = await cache.forUser(anonymousUser);
    cache.invalidate();
    expect((await cache.forUser(anonymousUser)).manifest).toBe(first);
    read.mockResolvedValue(catalog.filter((entry) => entry.id !== 'pengumuman'));
    cache.invalidate();
    const { manifest: changed } = await cache.forUser(anonymousUser);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.json.toString()).not.toContain('"pengumuman"');
  });

  it('answers the last good manifest, with the time it was read, while reading the catalog again fails', async () => {
    vi.useFakeTimers();
    try {
      const read = vi.fn(() => Promise.resolve(catalog));
      const cache = createManifestCache(read, 5000);
      const good = await cache.forUser(anonymousUser);
      const readAt = good.readAt.getTime();
      read.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
      vi.advanceTimersByTime(5001);

      const stale = await cache.forUser(anonymousUser);
      expect(stale.manifest).toBe(good.manifest);
      expect(stale.readAt.getTime()).toBe(readAt);
      expect(cache.lastReadAt()?.getTime()).toBe(readAt);
      // The database, down, is not asked again by every request, but again a second later.
      vi.advanceTimersByTime(500);
      await cache.forUser(anonymousUser);
      expect(read).toHaveBeenCalledTimes(2);
      read.mockResolvedValue(catalog);
      vi.advanceTimersByTime(600);
      const fresh = await cache.forUser(anonymousUser);
      expect(read).toHaveBeenCalledTimes(3);
      expect(fresh.readAt.getTime()).toBeGreaterThan(readAt + 5000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('without an earlier copy, a failed read is a 503 that says to try again, and the next second reads again', async () => {
    vi.useFakeTimers();
    try {
      const read = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(catalog);
      const cache = createManifestCache(read);
      const failure = cache.forUser(anonymousUser);
      await expect(failure).rejects.toBeInstanceOf(RegistryError);
      await expect(failure).rejects.toMatchObject({ code: 'UNAVAILABLE', message: /try again/ });
      expect(cache.lastReadAt()).toBeUndefined();
      vi.advanceTimersByTime(1001);
      await expect(cache.forUser(anonymousUser)).resolves.toMatchObject({
        manifest: { etag: expect.any(String) },
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
