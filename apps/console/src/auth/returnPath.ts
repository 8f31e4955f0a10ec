/**
 * The page a person wanted before they were sent to sign in. The identity provider only ever sends people back to
 * the console's root (`<origin>/`, the one redirect URI of `bas-console` besides the silent check), so the console
 * keeps the path in this tab's sessionStorage and goes there once the sign-in is done.
 */
const key = 'bas-console.returnTo';

export const returnPath = {
  keep(location: Pick<Location, 'pathname' | 'search' | 'hash'>): void {
    sessionStorage.setItem(key, `${location.pathname}${location.search}${location.hash}`);
  },

  /** The kept path, once: only a path on this origin, never `//elsewhere`. */
  take(): string | undefined {
    const path = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return path !== null && path.startsWith('/') && !path.startsWith('//') ? path : undefined;
  },
};
