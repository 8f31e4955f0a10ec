import type { CatalogSources } from './securityHeaders.ts';

/** Asks the registry which origins the app at `/layanan/<route>` needs (`GET /api/csp-sources?route=`). */
export type CatalogSourcesSource = (route: string) => Promise<CatalogSources>;

export const noSources: CatalogSources = { connect: [], frame: [] };

/** The registry over HTTP; a registry that does not answer within `timeoutMs` counts as unavailable. */
export function fetchCatalogSources(registryUrl: string, timeoutMs = 3000): CatalogSourcesSource {
  return async (route) => {
    const url = new URL('/api/csp-sources', registryUrl);
    url.searchParams.set('route', route);
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
    return (await response.json()) as CatalogSources;
  };
}

/** How many apps' answers are kept: the apps people open, not the whole catalog. */
const keptRoutes = 1000;

interface Known {
  sources: CatalogSources;
  askedAt: number;
  pending?: Promise<CatalogSources> | undefined;
}

/**
 * Each app's sources as of at most `maxAgeMs` ago, asked one request at a time per app. When the registry does not
 * answer, the last answer stays (none before the first: a stricter policy, never a looser one).
 */
export function cachedCatalogSources(
  source: CatalogSourcesSource,
  maxAgeMs = 5000,
): (route: string) => Promise<CatalogSources> {
  const known = new Map<string, Known>();
  return (route) => {
    let app = known.get(route);
    if (app === undefined) {
      // The oldest asked goes first: a map keeps the order entries were added in.
      if (known.size >= keptRoutes) known.delete(known.keys().next().value ?? '');
      app = { sources: noSources, askedAt: 0 };
      known.set(route, app);
    }
    const current = app;
    if (Date.now() - current.askedAt < maxAgeMs) return Promise.resolve(current.sources);
    current.pending ??= source(route)
      .then((answer) => (current.sources = answer))
      .catch((error: unknown) => {
        console.error(
          `The registry did not say which origins the app at /layanan/${route} needs; keeping the last answer.`,
          error,
        );
        return current.sources;
      })
      .finally(() => {
        current.askedAt = Date.now();
        current.pending = undefined;
      });
    return current.pending;
  };
}
