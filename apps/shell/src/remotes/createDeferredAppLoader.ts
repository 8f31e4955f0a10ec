import type { ManifestEntry } from '@bas/manifest';
import type { AppLoader } from './createAppLoader.ts';

/**
 * The app loader, fetched once the catalog is on screen instead of with the first paint (2 KB gzip a visitor
 * who opens nothing never needs; decisions/0011). Opening or preloading an app waits for it if it is not here yet.
 */
export function createDeferredAppLoader(entries: readonly ManifestEntry[], timeoutMs: number): AppLoader {
  const loader = import('./createAppLoader.ts').then(({ createAppLoader }) =>
    createAppLoader(entries, timeoutMs),
  );
  return {
    timeoutMs,
    load: async (entry) => (await loader).load(entry),
    preload: (entry) => void loader.then((ready) => ready.preload(entry)),
  };
}
