import type { ManifestAnswer } from '@bas/auth-bridge';
import { ShellError } from '../errors/ShellError.ts';
import { parseManifestEntries, type ParsedEntries } from './parseManifestEntries.ts';

/** How long the registry may take to send the catalog before the shell turns to its saved copy. */
export const manifestTimeoutMs = 8000;

/**
 * The registry's answer: the catalog with the entries the shell leaves out, or `unchanged` since the ETag the shell
 * sent. `readAt` is set when the registry could not read the catalog lately and answered from the copy it read then.
 */
export type CatalogAnswer =
  | { status: 'unchanged'; readAt: string | undefined }
  | ({ status: 'changed'; etag: string | undefined; readAt: string | undefined } & ParsedEntries);

/**
 * Past this age the catalog the registry answers with counts as out of date: it re-reads its database every five
 * seconds (decisions/0009), so a copy three times as old means it has not been able to read it for ten seconds. A
 * shorter blip stays unseen.
 */
export const staleAfterSeconds = 15;

/**
 * `BAS-Catalog-Read-At` when the copy it names is out of date. How old it is comes from the registry's own clock
 * (`Age`, or its `Date` less the time read), since the device's may be off; a registry that sends neither sends the
 * time only with a copy it fell back on.
 */
function readAtOf(headers: Headers): string | undefined {
  const readAt = Date.parse(headers.get('bas-catalog-read-at') ?? '');
  if (!Number.isFinite(readAt)) return undefined;
  const age = Number(headers.get('age') ?? Number.NaN);
  const answeredAt = Date.parse(headers.get('date') ?? '');
  const seconds = Number.isFinite(age) ? age : (answeredAt - readAt) / 1000;
  return Number.isNaN(seconds) || seconds > staleAfterSeconds ? new Date(readAt).toISOString() : undefined;
}

/**
 * Fetches the anonymous visitor's manifest, revalidating with `etag` when the shell holds one; a failure says which
 * URL failed and how. A registry that accepts the connection and never answers fails after `timeoutMs`.
 */
export async function fetchManifest(
  url: string,
  options: { etag?: string | undefined; timeoutMs?: number } = {},
): Promise<CatalogAnswer> {
  const { etag, timeoutMs = manifestTimeoutMs } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (cause: unknown) =>
    new ShellError(
      'MANIFEST_UNAVAILABLE',
      `The app catalog at ${url} did not answer within ${timeoutMs / 1000} s.`,
      {
        cause,
      },
    );
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(etag === undefined ? {} : { 'if-none-match': etag }) },
      signal,
    });
  } catch (cause) {
    if (signal.aborted) throw timedOut(cause);
    throw new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} could not be reached.`, {
      cause,
    });
  }
  const readAt = readAtOf(response.headers);
  if (response.status === 304 && etag !== undefined) return { status: 'unchanged', readAt };
  if (!response.ok) {
    throw new ShellError(
      'MANIFEST_UNAVAILABLE',
      `The app catalog at ${url} answered HTTP ${response.status}.`,
    );
  }
  const body: unknown = await response.json().catch((cause: unknown) => {
    if (signal.aborted) throw timedOut(cause);
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} did not send JSON.`, { cause });
  });
  return {
    status: 'changed',
    etag: response.headers.get('etag') ?? undefined,
    readAt,
    ...parseManifest(body, url),
  };
}

/** The personal manifest as the auth frame passed on the registry's answer to `url`. */
export function readManifestAnswer(answer: ManifestAnswer, url: string): CatalogAnswer {
  if (answer.status === 304) return { status: 'unchanged', readAt: undefined };
  if (answer.status !== 200) {
    throw new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} answered HTTP ${answer.status}.`);
  }
  return { status: 'changed', etag: answer.etag, readAt: undefined, ...parseManifest(answer.body, url) };
}

/** The catalog's entries, those the shell can use apart from those it leaves out; only a document without entries fails. */
export function parseManifest(body: unknown, url: string): ParsedEntries {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new ShellError('MANIFEST_INVALID', `The app catalog at ${url} has no "entries" array.`);
  }
  return parseManifestEntries(entries);
}
