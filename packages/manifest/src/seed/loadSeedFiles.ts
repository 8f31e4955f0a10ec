import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { loadSeedFile } from './loadSeedFile.ts';

/**
 * Reads seed files in order, as one catalog. `loadSeedFile` checks each file on its own, so an id or route given in
 * two files is caught here, naming both.
 *
 * @example
 * const entries = loadSeedFiles(['seed/government.json', 'seed/regional.json']);
 */
export function loadSeedFiles(paths: readonly string[]): ManifestEntry[] {
  const owners = { id: new Map<string, string>(), route: new Map<string, string>() };
  return paths.flatMap((path) => {
    const entries = loadSeedFile(path);
    for (const entry of entries) {
      for (const field of ['id', 'route'] as const) {
        const owner = owners[field].get(entry[field]);
        if (owner !== undefined) {
          throw new Error(
            `Seed file ${path}: entry "${entry.id}" reuses the ${field} "${entry[field]}" of ${owner}`,
          );
        }
        owners[field].set(entry[field], path);
      }
    }
    return entries;
  });
}
