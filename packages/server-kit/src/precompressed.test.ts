import type * as zlibModule from 'node:zlib';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { precompressed, precompressedInStages, quickCompressionAbove } from './precompressed.ts';

/** The background compressions under way on Node's thread pool: now, and the most at once. */
const pool = vi.hoisted(() => ({ running: 0, most: 0, started: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof zlibModule>();
  type Callback = (error: Error | null, result: Buffer) => void;
  const counted =
    (compress: (body: Buffer, options: object, done: Callback) => void) =>
    (body: Buffer, options: object, done: Callback) => {
      pool.started += 1;
      pool.running += 1;
      pool.most = Math.max(pool.most, pool.running);
      compress(body, options, (error, result) => {
        pool.running -= 1;
        done(error, result);
      });
    };
  return { ...zlib, brotliCompress: counted(zlib.brotliCompress), gzip: counted(zlib.gzip) };
});

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

  it("holds one of Node's pool threads at most, however many large bodies are compressing", async () => {
    pool.most = 0;
    const copies: unknown[] = [];
    for (let n = 0; n < 3; n += 1) {
      precompressedInStages(catalogLike(quickCompressionAbove * (2 + n)), (copy) => copies.push(copy));
    }
    // Each body's better copy, then its strongest.
    await vi.waitFor(() => expect(copies).toHaveLength(6), { timeout: 60_000 });
    expect(pool.most).toBe(1);
  }, 120_000);

  it('stops compressing a body once it is no longer served', async () => {
    const started = pool.started;
    const improved = vi.fn();
    let served = true;
    precompressedInStages(catalogLike(quickCompressionAbove * 2), improved, () => served);
    served = false;
    // A body compressed after it, to know that its turn has come and gone.
    const after = vi.fn();
    precompressedInStages(catalogLike(quickCompressionAbove * 2), after);
    await vi.waitFor(() => expect(after).toHaveBeenCalledTimes(2), { timeout: 60_000 });
    expect(improved).not.toHaveBeenCalled();
    // Only the second body's gzip, brotli and strongest brotli.
    expect(pool.started - started).toBe(3);
  }, 120_000);
});
