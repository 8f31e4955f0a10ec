import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressed } from './precompressed.ts';
import { preferredEncoding } from './preferredEncoding.ts';

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and sends plain bytes to a client that accepts neither', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });

  it('does not mistake a longer token for brotli', () => {
    expect(preferredEncoding('brx')).toBeUndefined();
  });
});

describe('precompressed', () => {
  it('keeps a body in both encodings, each decompressing to the original', () => {
    const body = Buffer.from('{"entries":[]}'.repeat(50));
    const { brotli, gzip } = precompressed(body);
    expect(brotliDecompressSync(brotli)).toEqual(body);
    expect(gunzipSync(gzip)).toEqual(body);
    expect(brotli.length).toBeLessThan(body.length);
  });
});
