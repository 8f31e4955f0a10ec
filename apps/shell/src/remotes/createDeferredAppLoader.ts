import type { ManifestEntry } from '@bas/manifest';
import { claimPreloadOf } from '../auth/shellAuth.ts';
import type { AppLoader } from './createAppLoader.ts';

/**
 * The app loader, fetched the first time someone shows intent to open an app (hover, focus, touch) or opens one,
 * instead of with the first paint: 2 KB gzip that a visitor who opens nothing never needs (decisions/0013).
 */
export function createDeferredAppLoader(entries: readonly ManifestEntry[], timeoutMs: number): AppLoader {
  let loader: Promise<AppLoader> | undefined;
  const ready = () =>
    (loader ??= import('./createAppLoader.ts').then(({ createAppLoader }) =>
      createAppLoader(entries, timeoutMs),
    ));
  return {
    timeoutMs,
    load: async (entry) => (await ready()).load(entry),
    preload: (entry) =>
      void ready().then((ready) => {
        if (claimPreloadOf(entry.agency)) return ready.preload(entry);
        // Another agency's code may not run here yet: fetch its manifest only, which runs nothing.
        if (entry.kind === 'federated' && entry.status === 'active') {
          fetch(entry.manifestUrl, { credentials: 'omit' }).catch(() => undefined);
        }
      }),
  };
}
