import { appPath, type NavigationService } from '@bas/sdk';
import type { createBrowserRouter } from 'react-router';

type DataRouter = ReturnType<typeof createBrowserRouter>;

/**
 * The shell's router seen through the SDK's navigation contract; remotes never get the router itself.
 * `routeOf` finds an app's route (an app's address need not be its id: `/layanan/siak` is
 * `dokumen-kependudukan`), from what the page shows or by asking the registry; an app it does not find is opened by
 * its id, and the app page says whether it exists for this person.
 */
export function createNavigationService(
  router: DataRouter,
  routeOf: (appId: string) => Promise<string | undefined>,
): NavigationService {
  const navigate = (to: string, options?: { replace?: boolean }) =>
    void router.navigate(to, { replace: options?.replace ?? false });
  return {
    getLocation: () => router.state.location,
    subscribe: (listener) => router.subscribe((state) => listener(state.location)),
    navigate,
    openApp: (appId, path) => {
      void routeOf(appId)
        .catch(() => undefined)
        .then((route) => navigate(appPath(route ?? appId, path)));
    },
    go: (delta) => void router.navigate(delta),
  };
}
