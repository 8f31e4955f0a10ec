import type { ManifestAnswer } from '@bas/auth-bridge';
import type { IndexEntry } from '@bas/manifest/catalogIndex';
import { ShellError } from '../errors/ShellError.ts';
import { catalogAbsent, fetchCatalogDocument } from './fetchCatalogDocument.ts';
import { parseIndexEntries, parseManifestEntries, type ParsedEntries } from './parseManifestEntries.ts';

// The index of a national catalog is a few hundred kilobytes: on a slow phone network it takes longer to arrive than
// the documents the shell waits on before it turns to its saved copy, and nothing waits on it but a search.
const indexTimeoutMs = 30_000;

/**
 * The registry's answer: the catalog with the entries the shell leaves out, or `unchanged` since the ETag the shell
 * sent. `readAt` is set when the registry could not read the catalog lately and answered from the copy it read then.
 */
export type CatalogAnswer =
  | { status: 'unchanged'; readAt: string | undefined }
  | ({ status: 'changed'; etag: string | undefined; readAt: string | undefined } & ParsedEntries);

/** Fetches the anonymous visitor's manifest, revalidating with `etag` when the shell holds one. */
export async function fetchManifest(
  url: string,
  options: { etag?: string | undefined; timeoutMs?: number } = {},
): Promise<CatalogAnswer> {
  const answer = await fetchCatalogDocument(url, options);
  if (answer.status === 'absent') throw catalogAbsent(url);
  if (answer.status === 'unchanged') return answer;
  const { body, ...about } = answer;
  return { ...about, ...parseManifest(body, url) };
}

/** The personal manifest as the auth frame passed on the registry's answer to `url`. */
export function readManifestAnswer(answer: ManifestAnswer, url: string): CatalogAnswer {
  if (answer.status === 304) return { status: 'unchanged', readAt: undefined };
  if (answer.status !== 200) {
    throw new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} answered HTTP ${answer.status}.`);
  }
  return { status: 'changed', etag: answer.etag, readAt: undefined, ...parseManifest(answer.body, url) };
}

/**
 * The registry's compact index of the catalog (`/api/catalog/index`) for an anonymous visitor, what search looks in:
 * fetched by the search worker itself, so its few hundred kilobytes never pass through the page's main thread.
 */
export async function fetchCatalogIndex(url: string): Promise<ParsedEntries<IndexEntry>> {
  const answer = await fetchCatalogDocument(url, { timeoutMs: indexTimeoutMs });
  if (answer.status !== 'changed') throw catalogAbsent(url);
  const parsed = parseManifest(answer.body, url, parseIndexEntries);
  // A registry whose index lacks what this shell searches (an older one): the list serves instead.
  const [first] = parsed.skipped;
  if (parsed.entries.length === 0 && first !== undefined) {
    throw new ShellError(
      'MANIFEST_INVALID',
      `None of the ${parsed.skipped.length} entries of the catalog's index at ${url} can be searched: ${first.label}: ${first.reason}.`,
    );
  }
  return parsed;
}

/** The catalog's entries, those the shell can use apart from those it leaves out; only a document without entries fails. */
export function parseManifest(body: unknown, url: string): ParsedEntries;
export function parseManifest<Entry>(
  body: unknown,
  url: string,
  parse: (entries: readonly unknown[]) => ParsedEntries<Entry>,
): ParsedEntries<Entry>;
export function parseManifest(
  body: unknown,
  url: string,
  parse: (entries: readonly unknown[]) => ParsedEntries<unknown> = parseManifestEntries,
): ParsedEntries<unknown> {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} has no "entries" array.`);
  }
  return parse(entries);
}
