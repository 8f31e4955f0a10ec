import type { FederatedEntry } from '@bas/manifest';
import type { PagePins } from './pagePins.ts';

/**
 * Has the browser fetch the files an app's opening loads first (its catalog entry's `openingFiles`), as module
 * preloads pinned by their hashes, at the first sign of intent: beside the app's integrity index and manifest
 * rather than after both have come back and the click's page is drawn (decisions/0043). A module preload fetches
 * and compiles; it runs nothing, and one that fails (the network at the hover) is not kept: the opening fetches the
 * file again. The hashes must be the approved index's: the integrity plugin refuses the opening before any of it
 * runs otherwise, and `pins` keeps a preload off a file another app's index pins with other bytes. A file outside
 * the manifest's folder is skipped, as the index refuses one, and each file is asked for once per page.
 */
export function preloadOpeningFiles(entry: FederatedEntry, pins: PagePins): void {
  const folder = new URL('./', entry.manifestUrl).href;
  for (const { path, integrity } of entry.openingFiles ?? []) {
    const href = new URL(path, folder).href;
    if (!href.startsWith(folder) || !pins.mayPreload(href, integrity)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    document.head.append(link);
  }
}
