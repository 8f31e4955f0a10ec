/** The anonymous catalog as the registry answers it: new entries with their ETag, or "unchanged since that ETag". */
export type ManifestAnswer =
  | { status: 'changed'; etag: string; entries: unknown[] }
  | { status: 'unchanged' }
  | { status: 'unavailable'; reason: string };

/**
 * Asks the registry for the anonymous catalog, revalidating with the ETag the caller already holds. In production
 * the registry is another server ({@link fetchManifestSource}); the development stack answers in-process.
 */
export type ManifestSource = (etag: string | undefined) => Promise<ManifestAnswer>;

/**
 * The registry over HTTP: `GET <registryUrl>/api/manifest` with `If-None-Match`. A registry that does not answer
 * within `timeoutMs` counts as unavailable, so a hung registry never holds the home page.
 */
export function fetchManifestSource(registryUrl: string, timeoutMs = 3000): ManifestSource {
  const url = new URL('/api/manifest', registryUrl);
  return async (etag) => {
    const response = await fetch(url, {
      headers: etag === undefined ? {} : { 'if-none-match': etag },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 304 && etag !== undefined) return { status: 'unchanged' };
    if (!response.ok)
      return { status: 'unavailable', reason: `${url.href} answered HTTP ${response.status}` };
    const { entries } = (await response.json()) as { entries: unknown[] };
    return { status: 'changed', etag: response.headers.get('etag') ?? '', entries };
  };
}
