import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { openingFilesOf, type OpeningFile } from './openingFiles.ts';

/** The file beside `mf-manifest.json` that lists every file of a remote with its hash. */
export const integrityIndexName = 'bas-integrity.json';

/**
 * What a remote's files are, as the catalog pins them: `files` maps each path (relative to `mf-manifest.json`, `/`
 * separated) to its SRI hash. The entry's `integrity` is the hash of this index's bytes, so one hash in the catalog
 * pins every byte the browser may load for the app (decisions/0018).
 */
export interface IntegrityIndex {
  version: 1;
  files: Record<string, string>;
}

/** `sha384-…` of some bytes, as `integrity` attributes and import maps take it. */
export function sriOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Files a server sends instead of another (precompressed copies) or that no browser loads; never indexed. */
export function isIndexed(path: string): boolean {
  return !/\.(br|gz)$/.test(path) && path !== integrityIndexName && path !== 'mf-stats.json';
}

/** What a catalog entry carries of its build: the hash of its index, and the files its opening loads first. */
export interface BuildPin {
  integrity: string;
  openingFiles?: OpeningFile[];
}

/**
 * The index of some files and its bytes (keys sorted, so equal files give equal bytes and an equal hash), with the
 * pin a catalog entry carries.
 */
export function createIntegrityIndex(files: ReadonlyMap<string, Uint8Array>): BuildPin & {
  index: IntegrityIndex;
  bytes: Buffer;
} {
  const paths = [...files.keys()].filter(isIndexed).sort();
  const index: IntegrityIndex = {
    version: 1,
    files: Object.fromEntries(paths.map((path) => [path, sriOf(files.get(path) as Uint8Array)])),
  };
  const bytes = Buffer.from(`${JSON.stringify(index, null, 1)}\n`);
  const openingFiles = openingFilesOf(files, index);
  return { index, bytes, integrity: sriOf(bytes), ...(openingFiles === undefined ? {} : { openingFiles }) };
}

/** Every file under `dir`, by its `/`-separated path relative to `dir`. */
export function readBuildFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file).split(sep).join('/'), readFileSync(file));
  }
  return files;
}

/**
 * Writes `bas-integrity.json` into a remote's build (`dist/`) and returns what the catalog entry carries of it. An
 * agency that serves the build itself serves this file with it.
 */
export function writeIntegrityIndex(dir: string): BuildPin {
  const { bytes, integrity, openingFiles } = createIntegrityIndex(readBuildFiles(dir));
  writeFileSync(join(dir, integrityIndexName), bytes);
  return { integrity, ...(openingFiles === undefined ? {} : { openingFiles }) };
}
