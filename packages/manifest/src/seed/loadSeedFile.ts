import { readFileSync } from 'node:fs';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { formatIssue } from '../ManifestValidationError.ts';
import { validateManifest } from '../validateManifest.ts';

/**
 * Reads one seed file (a JSON array of manifest entries) and checks it against the schema, throwing an error that
 * names the file, the entry and the problem. `development`, because seed entries carry no integrity hash yet.
 *
 * @example
 * const entries = loadSeedFile('/srv/bas/packages/manifest/seed/government.json');
 */
export function loadSeedFile(path: string): ManifestEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Seed file ${path} cannot be read as JSON: ${String(error)}`, { cause: error });
  }
  const result = validateManifest(value, { environment: 'development' });
  if (!result.ok) {
    const problems = result.issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n');
    throw new Error(`Seed file ${path} is invalid:\n${problems}`);
  }
  // The file's own objects rather than zod's copies: zod rewrites fields in the schema's order, and the catalog
  // should serialise the way its file reads.
  return value as ManifestEntry[];
}
