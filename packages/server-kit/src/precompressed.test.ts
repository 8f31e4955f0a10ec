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

  it('gives a large body quickly compressed at once, then smaller copies of the same bytes, the last the strongest', async () => {
    const body = catalogLike(quickCompressionAbove * 4);
    const copies: Array<{ gzip: Buffer; brotli: Buffer }> = [];
    // Compared with Buffer#equals: a deep comparison of megabytes goes byte by byte and takes half a minute.
    const quick = precompressedInStages(body, (copy) => copies.push(copy));
    expect(copies).toEqual([]);
    expect(brotliDecompressSync(quick.brotli).equals(body)).toBe(true);
    expect(gunzipSync(quick.gzip).equals(body)).toBe(true);
    await vi.waitFor(() => expect(copies).toHaveLength(2), { timeout: 60_000 });
    const [better, strongest] = copies;
    expect(brotliDecompressSync(better?.brotli ?? Buffer.alloc(0)).equals(body)).toBe(true);
    expect(better?.brotli.length).toBeLessThan(quick.brotli.length);
    expect(gunzipSync(better?.gzip ?? Buffer.alloc(0)).equals(body)).toBe(true);
    // What a static file server sends, once it has been made.
    expect(strongest?.brotli.equals(precompressed(body).brotli)).toBe(true);
  }, 120_000);
});
