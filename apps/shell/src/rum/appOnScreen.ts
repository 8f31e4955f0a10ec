export interface AppOnScreen {
  appId: string;
  /** Where the app lives, `/layanan/<route>`. */
  basePath: string;
}

let shown: AppOnScreen | undefined;

/**
 * The app whose page is on screen: the portal's Core Web Vitals are counted for it. Undefined on every other page
 * (the home page, the catalog's), whose vitals are no app's.
 */
export function appOnScreen(): AppOnScreen | undefined {
  return shown;
}

/**
 * Marks `appId` as on screen until the returned function is called. The monitoring does not start here, as the app
 * begins to open, but with the opening's own sample once it has mounted or failed (startOpen): started here, its
 * code arrived in the middle of the opening whenever the browser fell idle waiting for the app's files. The vitals
 * of the page so far come from the browser's buffered entries either way.
 */
export function showApp(appId: string, basePath: string): () => void {
  const app = { appId, basePath };
  shown = app;
  return () => {
    if (shown === app) shown = undefined;
  };
}
