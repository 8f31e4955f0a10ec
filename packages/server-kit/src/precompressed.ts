import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import pLimit from 'p-limit';

export interface Compressed {
  gzip: Buffer;
  brotli: Buffer;
}

/**
 * A body compressed once, at the strongest settings, for answers sent many times from memory: the registry's manifest
 * and the portal server's rendered home page.
 */
export function precompressed(body: Buffer): Compressed {
  return {
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/**
 * Above this size, the strongest brotli takes seconds (17 s for the 10 MB index of 27,000 entries): too long to keep
 * a request, let alone the event loop, waiting, and too much of two cores to spend on every change of the catalog.
 */
export const quickCompressionAbove = 512 * 1024;

/**
 * Up to this size the strongest brotli is made too, on the thread pool: about 17 s of one pool thread for a
 * visitor's 10 MB index of 27,000 entries, which every visitor who searches fetches (decisions/0036). The 16 MB
 * manifest of the same catalog would take one of two cores for half a minute after every change, for answers the
 * shell fetches only when it needs the whole list.
 */
export const strongestUpTo = 12 * 1024 * 1024;

/**
 * Background compression runs one job at a time in the whole process. Node's thread pool has four threads, and
 * WebCrypto (verifying a person's token), file reads and DNS wait for them too: four indexes compressed at once
 * after a catalog change held every thread for seconds, and every signed-in request waited behind them.
 */
const inTurn = pLimit(1);

/**
 * `precompressed` for bodies of any size: at once as `precompressed` for a small one. For a large one, a quick
 * compression at once (brotli 5, gzip 6: a tenth of a second for 16 MB); then, in turn with every other background
 * compression of the process (so it holds one thread of Node's pool at most), a better one (gzip 9, brotli 9:
 * about 15% smaller, in a third of a second) given to `improved` when ready, and last, up to `strongestUpTo`, the
 * strongest brotli (seconds of one thread, once per body: the bytes a static file server would send), given to
 * `improved` again. Each step is skipped once `wanted` says the body is no longer served (the catalog changed
 * while it waited its turn).
 */
export function precompressedInStages(
  body: Buffer,
  improved: (better: Compressed) => void,
  wanted: () => boolean = () => true,
): Compressed {
  if (body.length <= quickCompressionAbove) return precompressed(body);
  const brotliAt = (quality: number) => ({
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const compressBrotli = promisify(brotliCompress);
  const whileWanted = (compress: () => Promise<Buffer>) =>
    inTurn(() => (wanted() ? compress() : Promise.resolve(undefined)));
  const inStages = async () => {
    const gzipped = await whileWanted(() => promisify(gzip)(body, { level: 9 }));
    const brotli = await whileWanted(() => compressBrotli(body, brotliAt(9)));
    if (gzipped === undefined || brotli === undefined) return;
    improved({ gzip: gzipped, brotli });
    if (body.length > strongestUpTo) return;
    const strongest = await whileWanted(() => compressBrotli(body, brotliAt(11)));
    if (strongest !== undefined) improved({ gzip: gzipped, brotli: strongest });
  };
  // Out of memory, say: the copy made before stays, which is correct, only larger.
  inStages().catch((error: unknown) =>
    console.warn('The better compression of a large answer failed.', error),
  );
  return { gzip: gzipSync(body, { level: 6 }), brotli: brotliCompressSync(body, brotliAt(5)) };
}
