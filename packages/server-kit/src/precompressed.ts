import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A body compressed once, at the strongest settings, for answers sent many times from memory: the registry's manifest
 * and the portal server's rendered home page.
 */
export function precompressed(body: Buffer): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}
