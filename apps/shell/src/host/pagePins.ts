/**
 * The hash this page holds each app file under, for every app at once. A page has one module map and one import
 * map, and neither gives anything back: a file module-preloaded under a hash stays in the module map, and an import
 * of its address takes it without checking the import map again; an index's pin stays in the import map. So one
 * app's preload must never hold a file that another app's index pins with other bytes, in either order
 * (decisions/0043): without this, an entry approved for one agency, on an origin it shares with another, could
 * preload its own bytes at the other agency's address and have them run as that agency's app.
 */
export interface PagePins {
  /** Whether `url` may be module-preloaded under `hash` (recording it): not again, nor against an index's pin. */
  mayPreload(url: string, hash: string): boolean;
  /** Pins `url` to `hash` for what loads it from now on; the other hash it was preloaded under, if any. */
  pin(url: string, hash: string): string | undefined;
  /** The hash an index pinned `url` with, last pin first. */
  pinned(url: string): string | undefined;
}

export function createPagePins(): PagePins {
  const preloaded = new Map<string, string>();
  const pinned = new Map<string, string>();
  return {
    mayPreload(url, hash) {
      if (preloaded.has(url) || (pinned.has(url) && pinned.get(url) !== hash)) return false;
      preloaded.set(url, hash);
      return true;
    },
    pin(url, hash) {
      pinned.set(url, hash);
      const held = preloaded.get(url);
      return held !== undefined && held !== hash ? held : undefined;
    },
    pinned: (url) => pinned.get(url),
  };
}
