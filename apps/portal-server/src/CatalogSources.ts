import type { CatalogSources } from './securityHeaders.ts';

/** Asks the registry which origins the catalog's apps need (`GET /api/csp-sources`). */
export type CatalogSourcesSource = () => Promise<CatalogSources>;

const none: CatalogSources = { connect: [], frame: [] };

/** The registry over HTTP; a registry that does not answer within `timeoutMs` counts as unavailable. */
export function fetchCatalogSources(registryUrl: string, timeoutMs = 3000): CatalogSourcesSource {
  const url = new URL('/api/csp-sources', registryUrl);
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
    return (await response.json()) as CatalogSources;
  };
}

/**
 * The sources as of at most `maxAgeMs` ago, asked one request at a time. When the registry does not answer, the
 * last answer stays (none before the first: a stricter policy, never a looser one).
 */
export function cachedCatalogSources(
  source: CatalogSourcesSource,
  maxAgeMs = 5000,
): () => Promise<CatalogSources> {
  let known = none;
  let askedAt = 0;
  let pending: Promise<CatalogSources> | undefined;
  return () => {
    if (Date.now() - askedAt < maxAgeMs) return Promise.resolve(known);
    pending ??= source()
      .then((answer) => (known = answer))
      .catch((error: unknown) => {
        console.error(
          'The registry did not say which origins the catalog needs; keeping the last answer.',
          error,
        );
        return known;
      })
      .finally(() => {
        askedAt = Date.now();
        pending = undefined;
      });
    return pending;
  };
}
