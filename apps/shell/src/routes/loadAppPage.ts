import type { AppPage } from './AppPage.tsx';

type AppPageModule = { AppPage: typeof AppPage };

let appPage: Promise<AppPageModule> | undefined;

/**
 * The app page's code, one promise for the page's life. The router's route and the shell's preparation share it:
 * once prepared, the first click on an app finds it resolved and renders the app's page in the click's own task,
 * where a fresh `import()` of the same module would resolve only in a task after the browser's next frame.
 */
export function loadAppPage(): Promise<AppPageModule> {
  // A failed fetch (offline) is not kept: the next try calls import() again (browsers that do not cache a failed
  // module fetch then ask the network; the page's failure offers a reload either way).
  appPage ??= import('./AppPage.tsx').catch((error: unknown) => {
    appPage = undefined;
    throw error;
  });
  return appPage;
}
