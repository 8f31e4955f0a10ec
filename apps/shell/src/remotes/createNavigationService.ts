import type { NavigationService } from '@bas/sdk';
import type { createBrowserRouter } from 'react-router';

type DataRouter = ReturnType<typeof createBrowserRouter>;

/** The shell's router seen through the SDK's navigation contract; remotes never get the router itself. */
export function createNavigationService(router: DataRouter): NavigationService {
  return {
    getLocation: () => router.state.location,
    subscribe: (listener) => router.subscribe((state) => listener(state.location)),
    navigate: (to, options) => void router.navigate(to, { replace: options?.replace ?? false }),
    go: (delta) => void router.navigate(delta),
  };
}
