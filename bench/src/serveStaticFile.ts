import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { closeServer, listen } from '@bas/server-kit';
import sirv from 'sirv';

/** Writes `json` as `manifest.json` in `dir`, with the compressed copies a static file server sends; its path. */
export function writeStaticCopies(dir: string, json: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  writeFileSync(file, json);
  writeFileSync(`${file}.gz`, gzipSync(json, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(json));
  return file;
}

/** A file and its compressed copies (gzip, brotli) served by sirv on loopback: the comparison for the registry. */
export async function serveStaticFile(file: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dirname(file), { gzip: true, brotli: true, etag: true, dev: false });
  const server = createServer((request, response) => files(request, response));
  const origin = await listen(server, '127.0.0.1', 0);
  return { url: `${origin}/${basename(file)}`, close: () => closeServer(server) };
}
