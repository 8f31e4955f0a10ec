import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { shellAuth } from './auth/shellAuth.ts';
import { createShellI18n } from './i18n/createShellI18n.ts';
import { useCatalog } from './catalog/catalogStore.ts';
import { createNavigationService } from './remotes/createNavigationService.ts';
import { ShellServicesContext } from './remotes/ShellServicesContext.ts';
import { createShellRouter } from './routes/createShellRouter.tsx';
import { startShell } from './startShell.ts';
import './styles.css';

const router = createShellRouter();
const i18n = createShellI18n();
const routeOf = (appId: string) => {
  const catalog = useCatalog.getState();
  return catalog.status === 'ready' ? catalog.entries.find((entry) => entry.id === appId)?.route : undefined;
};
const services = {
  navigation: createNavigationService(router, routeOf),
  auth: shellAuth,
};
// The chrome renders at once; the catalog and the sign-in check fill in as they answer.
void startShell((path) => void router.navigate(path, { replace: true }));

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks <div id="root">');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ShellServicesContext value={services}>
        <RouterProvider router={router} />
      </ShellServicesContext>
    </I18nextProvider>
  </StrictMode>,
);
