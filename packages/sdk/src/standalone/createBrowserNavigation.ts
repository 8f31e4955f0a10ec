import type { NavigationService, ShellLocation } from '../contract.ts';
import { resolveAppPath } from '../resolveAppPath.ts';

function currentLocation(): ShellLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

/**
 * Navigation over the page's own history, for a remote running without the shell (its standalone page, the
 * development harness). Relative paths resolve under `basePath`; opening another app needs the shell, so
 * `openApp` only says so, unless given something else to do.
 *
 * @example
 * const navigation = createBrowserNavigation('/layanan/pengumuman');
 * navigation.navigate('2'); // → /layanan/pengumuman/2
 */
export function createBrowserNavigation(
  basePath: string,
  openApp: NavigationService['openApp'] = (appId) =>
    console.warn(`Opening ${appId} needs the BAS shell; open this app in the portal.`),
): NavigationService {
  let location = currentLocation();
  const listeners = new Set<(location: ShellLocation) => void>();
  const notify = () => {
    location = currentLocation();
    listeners.forEach((listener) => listener(location));
  };
  window.addEventListener('popstate', notify);
  return {
    getLocation: () => location,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(to, options) {
      const path = resolveAppPath(basePath, to);
      window.history[options?.replace === true ? 'replaceState' : 'pushState'](null, '', path);
      notify();
    },
    openApp,
    go: (delta) => window.history.go(delta),
  };
}
