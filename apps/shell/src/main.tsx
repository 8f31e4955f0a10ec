import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { agencyAuth, bindAgency } from './auth/shellAuth.ts';
import { followDocumentLanguage } from './i18n/followDocumentLanguage.ts';
import { useLocaleStore } from './i18n/localeStore.ts';
import { loadTexts } from './i18n/useTexts.ts';
import { entriesWithIds, entryShownWithId, useCatalog, wantCatalogFor } from './catalog/catalogStore.ts';
import { createAppHost } from './host/appHost.ts';
import { createNavigationService } from './host/createNavigationService.ts';
import { PrepareFirstOpening } from './host/PrepareFirstOpening.tsx';
import { ShellServicesContext } from './host/ShellServicesContext.ts';
import { WhenLive } from './hydration/WhenLive.tsx';
import { createShellRouter } from './routes/createShellRouter.tsx';
import { ShellRouterProvider } from './routes/ShellRouterProvider.tsx';
import { startShell } from './startShell.ts';
import './styles.css';

const router = createShellRouter();
// What each page needs of the catalog (wantCatalogFor): the home the server rendered, an app's page, a browse page
// and a visitor's search work without the list.
router.subscribe((state) => wantCatalogFor(state.location.pathname));
followDocumentLanguage();
const texts = loadTexts(useLocaleStore.getState().locale);
const routeOf = async (appId: string) =>
  entryShownWithId(useCatalog.getState(), appId)?.route ?? (await entriesWithIds([appId])).get(appId)?.route;
const apps = createAppHost();
const services = {
  navigation: createNavigationService(router, routeOf),
  authFor: agencyAuth,
  bind: bindAgency,
  apps,
};
// The chrome renders at once; the catalog and the sign-in check fill in as they answer. On a page the server
// rendered, the catalog it was rendered from is in the store before the first render.
let markLive = () => {};
const live = new Promise<void>((resolve) => (markLive = resolve));
void startShell(apps, live);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks <div id="root">');
const shell = (
  <StrictMode>
    <ShellServicesContext value={services}>
      <ShellRouterProvider router={router} />
      <PrepareFirstOpening apps={apps} />
      <WhenLive then={markLive} />
    </ShellServicesContext>
  </StrictMode>
);
// A language chosen before is rendered in from the first frame (and the server rendered the home in it): its texts
// come first, one small request.
await texts;
// The home page comes rendered from the portal's server (decisions/0011): React takes over its markup, as a
// transition, in slices that let the browser answer a tap between them rather than in one long task.
if (container.hasChildNodes()) {
  startTransition(() => {
    hydrateRoot(container, shell);
  });
} else createRoot(container).render(shell);
