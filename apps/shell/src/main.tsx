import { shellStore } from '@bas/sdk';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { shellAuth } from './auth/shellAuth.ts';
import { followDocumentLanguage } from './i18n/followDocumentLanguage.ts';
import { loadTexts } from './i18n/useTexts.ts';
import { useCatalog } from './catalog/catalogStore.ts';
import { createNavigationService } from './remotes/createNavigationService.ts';
import { ShellServicesContext } from './remotes/ShellServicesContext.ts';
import { createShellRouter } from './routes/createShellRouter.tsx';
import { startShell } from './startShell.ts';
import './styles.css';

const router = createShellRouter();
followDocumentLanguage();
void loadTexts(shellStore.getState().locale);
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
    <ShellServicesContext value={services}>
      <RouterProvider router={router} />
    </ShellServicesContext>
  </StrictMode>,
);
