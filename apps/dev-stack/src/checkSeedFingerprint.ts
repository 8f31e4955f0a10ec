import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestEntry } from '@bas/manifest';

/**
 * The registry seeds only an empty database, so a `.data` folder from an older checkout keeps serving the catalog
 * it was seeded with: sample apps on old ports, or declaring an SDK this shell no longer provides. The dev stack
 * notes which seed a folder holds and stops, saying what to do, when today's differs; it never deletes data itself.
 */
export function checkSeedFingerprint(dataDir: string, seed: readonly ManifestEntry[]): void {
  const fingerprint = createHash('sha256').update(JSON.stringify(seed)).digest('hex');
  const file = join(dataDir, 'seed.sha256');
  const seeded = existsSync(join(dataDir, 'registry.sqlite'));
  const recorded = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (seeded && recorded !== fingerprint) {
    throw new Error(
      `${dataDir} holds a catalog seeded from an older checkout (sample apps on other ports, or built against another @bas/sdk); today's seed differs. Remove it to start from today's seed: rm -rf ${dataDir} (this also removes versions you published locally), or point BAS_DATA_DIR at another folder.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${fingerprint}\n`);
}
