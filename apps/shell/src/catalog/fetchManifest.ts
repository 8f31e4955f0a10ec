import type { ManifestAnswer } from '@bas/auth-bridge';
import type { ManifestEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';

const kinds = new Set(['federated', 'iframe', 'link']);

/** Fetches the anonymous visitor's manifest; a failure says which URL failed and how. */
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

/** The personal manifest as the auth frame passed on the registry's answer to `url`. */
export function readManifestAnswer(answer: ManifestAnswer, url: string): ManifestEntry[] {
  if (answer.status !== 200) {
    throw new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} answered HTTP ${answer.status}.`);
  }
  return parseManifest(answer.body, url);
}

/**
 * Checks the envelope and what the shell relies on in each entry. The registry validates entries in full against
 * the schema (`@bas/manifest`), which the shell does not ship, to keep its bundle small.
 */
export function parseManifest(body: unknown, url: string): ManifestEntry[] {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} has no "entries" array.`);
  }
  entries.forEach((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = record.name as Record<string, unknown> | undefined;
    const problems = [
      typeof record.id === 'string' && record.id !== '' ? null : 'id',
      typeof record.route === 'string' && record.route !== '' ? null : 'route',
      typeof record.kind === 'string' && kinds.has(record.kind) ? null : 'kind',
      typeof name?.id === 'string' && typeof name.en === 'string' ? null : 'name',
    ].filter((problem) => problem !== null);
    if (problems.length > 0) {
      const label = typeof record.id === 'string' ? `"${record.id}"` : `#${index}`;
      throw new ShellError(
        'MANIFEST_INVALID',
        `Manifest entry ${label} has no valid ${problems.join(', ')}; the registry should never send this.`,
      );
    }
  });
  return entries as ManifestEntry[];
}
