import type { FederatedEntry } from '@bas/manifest';

/**
 * Has the browser fetch the files an app's opening loads first (its catalog entry's `openingFiles`) at the first
 * sign of intent: beside the app's integrity index and manifest rather than after both have come back and the
 * click's page is drawn (decisions/0043). Plain preloads, not module preloads: the bytes wait in the page's
 * preload cache and nothing enters its module map. The module the app later imports takes them only if the import
 * map's hash (the approved index's) is the one they were fetched with; a preload that failed or was given another
 * hash leaves nothing behind, and the import fetches afresh. A file outside the manifest's folder is skipped, and
 * each file is asked for once per page.
 */
export function preloadOpeningFiles(entry: FederatedEntry): void {
  const folder = new URL('./', entry.manifestUrl).href;
  for (const { path, integrity } of entry.openingFiles ?? []) {
    const href = new URL(path, folder).href;
    if (!href.startsWith(folder) || document.head.querySelector(`link[href="${CSS.escape(href)}"]`) !== null)
      continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = href;
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    document.head.append(link);
  }
}
