import type { AuthService, NavigationService, RemoteContext, ShellLocation } from './contract.ts';

// Standalone there is no shell to sign in with: the app runs as for an anonymous visitor.
const signedOut: AuthService = {
  getAccessToken: () => Promise.resolve(undefined),
  getUser: () => undefined,
  subscribe: () => () => {},
  login: () => console.warn('Signing in needs the BAS shell; open this app in the portal.'),
  logout: () => {},
};

function currentLocation(): ShellLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

function createBrowserNavigation(): NavigationService {
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
      window.history[options?.replace === true ? 'replaceState' : 'pushState'](null, '', to);
      notify();
    },
    go: (delta) => window.history.go(delta),
  };
}

/**
 * A context for running a remote on its own page, outside the shell: navigation uses the page's own history and
 * errors go to the console. Agencies use it for the app's standalone address.
 *
 * @example
 * mount(document.getElementById('root')!, createStandaloneContext({ appId: 'pengumuman', basePath: '/' }));
 */
export function createStandaloneContext(options: { appId: string; basePath: string }): RemoteContext {
  return {
    ...options,
    navigation: createBrowserNavigation(),
    auth: signedOut,
    reportError: (error) => console.error(`${options.appId} failed:`, error),
  };
}
