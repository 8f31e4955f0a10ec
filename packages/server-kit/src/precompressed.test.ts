import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { precompressed, precompressedInStages, quickCompressionAbove } from './precompressed.ts';

/** JSON like a large catalog's: repetitive, but not one string repeated. */
const catalogLike = (bytes: number) => {
  const parts: string[] = [];
  for (let n = 0, size = 0; size < bytes; n += 1) {
    const part = `{"id":"layanan-${n.toString(36)}","name":"Layanan ${n % 977} Kabupaten ${n % 409}"},`;
    parts.push(part);
    size += part.length;
  }
  return Buffer.from(`[${parts.join('')}]`);
};

describe('precompressedInStages', () => {
  it('compresses a small body at the strongest settings at once, and asks for nothing later', () => {
    const body = catalogLike(10_000);
    const improved = vi.fn();
    expect(precompressedInStages(body, improved)).toEqual(precompressed(body));
    expect(improved).not.toHaveBeenCalled();
  });

  it('gives a large body quickly compressed at once, then a smaller copy of the same bytes', async () => {
    const body = catalogLike(quickCompressionAbove * 4);
    let best: { gzip: Buffer; brotli: Buffer } | undefined;
    // Compared with Buffer#equals: a deep comparison of megabytes goes byte by byte and takes half a minute.
    const quick = precompressedInStages(body, (copy) => (best = copy));
    expect(best).toBeUndefined();
    expect(brotliDecompressSync(quick.brotli).equals(body)).toBe(true);
    expect(gunzipSync(quick.gzip).equals(body)).toBe(true);
    await vi.waitFor(() => expect(best).toBeDefined(), { timeout: 30_000 });
    expect(brotliDecompressSync(best?.brotli ?? Buffer.alloc(0)).equals(body)).toBe(true);
    expect(best?.brotli.length).toBeLessThan(quick.brotli.length);
    expect(gunzipSync(best?.gzip ?? Buffer.alloc(0)).equals(body)).toBe(true);
  }, 60_000);
});
