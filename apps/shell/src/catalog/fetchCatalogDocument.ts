import { ShellError } from '../errors/ShellError.ts';

/** How long the registry may take to answer before the shell turns to what it has instead (its saved copy). */
const manifestTimeoutMs = 8000;

/**
 * Past this age the catalog the registry answers with counts as out of date: it re-reads its database every five
 * seconds (decisions/0009), so a copy three times as old means it has not been able to read it for ten seconds. A
 * shorter blip stays unseen.
 */
const staleAfterSeconds = 15;

/**
 * A document of the registry's catalog as it answered: `unchanged` since the ETag the shell sent, `absent` (404: not
 * there, or not for this caller, which the registry never tells apart), or the body. `readAt` is set when the registry
 * could not read the catalog lately and answered from the copy it read then.
 */
export type CatalogDocumentAnswer =
  | { status: 'unchanged'; readAt: string | undefined }
  | { status: 'absent'; readAt: string | undefined }
  | { status: 'changed'; etag: string | undefined; readAt: string | undefined; body: unknown };

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

/** The failure when the registry answers 404 for a document it always has (the catalog, the home), with its URL. */
export function catalogAbsent(url: string): ShellError {
  return new ShellError('MANIFEST_UNAVAILABLE', `The app catalog at ${url} answered HTTP 404.`);
}

/**
 * Fetches a document of the catalog for an anonymous visitor, revalidating with `etag` when the shell holds one; a
 * failure says which URL failed and how. A registry that accepts the connection and never answers fails after
 * `timeoutMs`.
 */
export async function fetchCatalogDocument(
  url: string,
  options: { etag?: string | undefined; timeoutMs?: number } = {},
): Promise<CatalogDocumentAnswer> {
  const { etag, timeoutMs = manifestTimeoutMs } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (cause: unknown) =>
    new ShellError(
      'MANIFEST_UNAVAILABLE',
      `The app catalog at ${url} did not answer within ${timeoutMs / 1000} s.`,
      { cause },
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
  if (response.status === 404) return { status: 'absent', readAt };
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
  return { status: 'changed', etag: response.headers.get('etag') ?? undefined, readAt, body };
}
