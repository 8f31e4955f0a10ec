import { ShellError } from '../errors/ShellError.ts';
import type { ManifestEntry } from './ManifestEntry.ts';

const textFields = ['id', 'name', 'description', 'agency', 'entry', 'exposedModule', 'route'] as const;

/** Fetches the manifest; a failure says which URL failed and how. */
export async function fetchManifest(url: string): Promise<ManifestEntry[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} could not be reached.`, {
      cause,
    });
  }
  if (!response.ok) {
    throw new ShellError(
      'MANIFEST_UNAVAILABLE',
      `The app catalog at ${url} answered HTTP ${response.status}.`,
    );
  }
  const body: unknown = await response.json().catch((cause: unknown) => {
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} did not send JSON.`, { cause });
  });
  return parseManifest(body, url);
}

/** Checks the response shape so that one malformed entry is reported by id, not as a crash later. */
export function parseManifest(body: unknown, url: string): ManifestEntry[] {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} has no "entries" array.`);
  }
  return entries.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const label = typeof record.id === 'string' ? `"${record.id}"` : `#${index}`;
    const missing = textFields.filter((field) => typeof record[field] !== 'string' || record[field] === '');
    if (missing.length > 0) {
      throw new ShellError(
        'MANIFEST_INVALID',
        `Manifest entry ${label} lacks ${missing.join(', ')}: every entry needs these as non-empty strings.`,
      );
    }
    if (record.kind !== 'federated') {
      throw new ShellError(
        'MANIFEST_INVALID',
        `Manifest entry ${label} has kind ${JSON.stringify(record.kind)}; this shell loads "federated" entries.`,
      );
    }
    return record as unknown as ManifestEntry;
  });
}
