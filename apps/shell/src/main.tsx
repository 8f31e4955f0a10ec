import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { loadCatalog } from './catalog/catalogStore.ts';
import { createShellI18n } from './i18n/createShellI18n.ts';
import { createNavigationService } from './remotes/createNavigationService.ts';
import { NavigationServiceContext } from './remotes/NavigationServiceContext.ts';
import { createShellRouter } from './routes/createShellRouter.tsx';
import './styles.css';

const router = createShellRouter();
const i18n = createShellI18n();
// The chrome renders at once; the catalog fills in when the manifest arrives.
void loadCatalog();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks <div id="root">');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <NavigationServiceContext value={createNavigationService(router)}>
        <RouterProvider router={router} />
      </NavigationServiceContext>
    </I18nextProvider>
  </StrictMode>,
);
