import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { anonymousUser, type ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it, vi } from 'vitest';
import { createManifestCache } from '../src/manifest/createManifestCache.ts';

const catalog = seedCatalog();
const asn = (agency: string, username: string) =>
  ({ kind: 'signed-in', username, roles: ['asn'], agency }) as const;

describe('createManifestCache', () => {
  it('reads the catalog once for every audience, and builds one manifest per audience, not per person', async () => {
    const read = vi.fn(() => Promise.resolve(catalog));
    const cache = createManifestCache(read);
    const first = await cache.forUser(asn('bkpsdm', 'asn.bkpsdm'));
    const colleague = await cache.forUser(asn('bkpsdm', 'asn.lain'));
    const citizen = await cache.forUser(anonymousUser);
    expect(read).toHaveBeenCalledOnce();
    expect(colleague).toBe(first);
    expect(citizen.etag).not.toBe(first.etag);
    const entries = (JSON.parse(citizen.json.toString()) as { entries: ManifestEntry[] }).entries;
    expect(entries.every((entry) => entry.role === 'public')).toBe(true);
    expect(gunzipSync(citizen.gzip)).toEqual(citizen.json);
    expect(brotliDecompressSync(citizen.brotli)).toEqual(citizen.json);
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
    const first = await cache.forUser(anonymousUser);
    cache.invalidate();
    expect(await cache.forUser(anonymousUser)).toBe(first);
    read.mockResolvedValue(catalog.filter((entry) => entry.id !== 'pengumuman'));
    cache.invalidate();
    const changed = await cache.forUser(anonymousUser);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.json.toString()).not.toContain('"pengumuman"');
  });

  it('does not keep a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(catalog);
    const cache = createManifestCache(read);
    await expect(cache.forUser(anonymousUser)).rejects.toThrow('database down');
    await expect(cache.forUser(anonymousUser)).resolves.toMatchObject({ etag: expect.any(String) });
  });
});
