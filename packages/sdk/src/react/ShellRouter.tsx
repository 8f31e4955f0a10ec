import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Router, createPath, type Navigator, type To } from 'react-router';
import type { NavigationService } from '@bas/sdk';

/**
 * A react-router `Router` driven by the shell's navigation service: the remote's `<Link>` and `useNavigate` move the
 * shell's URL, and the shell's back/forward moves the remote. No history object of the remote's own exists.
 */
export function ShellRouter({
  navigation,
  basename,
  children,
}: {
  navigation: NavigationService;
  basename: string;
  children: ReactNode;
}) {
  const location = useSyncExternalStore(navigation.subscribe, navigation.getLocation);
  const navigator = useMemo<Navigator>(
    () => ({
      createHref: (to: To) => (typeof to === 'string' ? to : createPath(to)),
      go: (delta: number) => navigation.go(delta),
      push: (to: To) => navigation.navigate(typeof to === 'string' ? to : createPath(to)),
      replace: (to: To) =>
        navigation.navigate(typeof to === 'string' ? to : createPath(to), { replace: true }),
    }),
    [navigation],
  );
  return (
    <Router basename={basename} location={location} navigator={navigator}>
      {children}
    </Router>
  );
}
