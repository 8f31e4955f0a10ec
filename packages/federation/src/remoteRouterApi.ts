/**
 * The part of react-router the shell provides to remotes, shared under the key `react-router`.
 *
 * A shared package is otherwise served whole, and all of react-router 7 is 64 KB gzip, most of it server and
 * framework-mode code (sessions, cookies, request handlers, RSC) that no browser remote runs. This list is what a
 * remote may import from `react-router`: declarative routing inside the app's base path, plus what the shell itself
 * needs. Data-router APIs (loaders, actions, fetchers) do not work inside a remote, whose router is bound to the
 * shell's history. See decisions/0002-shared-react-router-subset.md.
 */
export const remoteRouterApi = [
  'Link',
  'NavLink',
  'Navigate',
  'NavigationType',
  'Outlet',
  'Route',
  'Router',
  'RouterProvider',
  'Routes',
  'ScrollRestoration',
  'createBrowserRouter',
  'createPath',
  'createRoutesFromChildren',
  'createRoutesFromElements',
  'createSearchParams',
  'generatePath',
  'matchPath',
  'matchRoutes',
  'parsePath',
  'resolvePath',
  'useBeforeUnload',
  'useBlocker',
  'useHref',
  'useInRouterContext',
  'useLinkClickHandler',
  'useLocation',
  'useMatch',
  'useNavigate',
  'useNavigationType',
  'useOutlet',
  'useOutletContext',
  'useParams',
  'useResolvedPath',
  'useRouteError',
  'useRoutes',
  'useSearchParams',
] as const;
