import { whenSampled } from './whenSampled.ts';

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
 * Marks `appId` as on screen until the returned function is called. On a sampled page view the first app shown
 * starts the monitoring: the vitals of the load so far come from the browser's buffered entries.
 */
export function showApp(appId: string, basePath: string): () => void {
  const app = { appId, basePath };
  shown = app;
  whenSampled(() => undefined);
  return () => {
    if (shown === app) shown = undefined;
  };
}
