import { appPath, type NavigationService } from '@bas/sdk';
import type { createBrowserRouter } from 'react-router';

type DataRouter = ReturnType<typeof createBrowserRouter>;

/**
 * The shell's router seen through the SDK's navigation contract; remotes never get the router itself.
 * `routeOf` finds an app's route in the catalog; an app it does not know is opened by its id, and the app page
 * says whether it exists for this person.
 */
export function createNavigationService(
  router: DataRouter,
  routeOf: (appId: string) => string | undefined,
): NavigationService {
  const navigate = (to: string, options?: { replace?: boolean }) =>
    void router.navigate(to, { replace: options?.replace ?? false });
  return {
    getLocation: () => router.state.location,
    subscribe: (listener) => router.subscribe((state) => listener(state.location)),
    navigate,
    openApp: (appId, path) => navigate(appPath(routeOf(appId) ?? appId, path)),
    go: (delta) => void router.navigate(delta),
  };
}
