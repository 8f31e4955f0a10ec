import { createWriteStream, readdirSync, renameSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted so the archive's order is stable. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Packs the files under `dir` (but `zipFile` itself, when it lies there) into `zipFile`, each under `folder/` so
 * that unpacking gives one folder, as the evaluators' upload form expects a single file. It is written under a
 * temporary name and renamed, so an interrupted run never leaves a truncated archive that looks complete.
 */
export async function writeZip(dir: string, zipFile: string, folder: string): Promise<string[]> {
  const own = relative(dir, zipFile).split(sep).join('/');
  const files = filesUnder(dir).filter((file) => file !== own && file !== `${own}.partial`);
  const zip = new ZipFile();
  for (const file of files) zip.addFile(join(dir, file), `${folder}/${file}`);
  zip.end();
  const partial = `${zipFile}.partial`;
  await pipeline(zip.outputStream, createWriteStream(partial));
  renameSync(partial, zipFile);
  return files.map((file) => `${folder}/${file}`);
}
