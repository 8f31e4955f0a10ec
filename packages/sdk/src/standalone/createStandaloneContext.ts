import type { ManifestEntry } from '@bas/manifest';
import type { Locale, RemoteContext } from '../contract.ts';
import { createRemoteContext, type RemoteHost } from '../createRemoteContext.ts';
import { createBrowserNavigation } from './createBrowserNavigation.ts';
import { createLocaleSwitch } from './createLocaleSwitch.ts';

// Standalone there is no shell to sign in with: the app runs as for an anonymous visitor.
const signedOut: RemoteHost['auth'] = {
  getAccessToken: () => Promise.resolve(undefined),
  getUser: () => undefined,
  subscribe: () => () => {},
  login: () => console.warn('Signing in needs the BAS shell; open this app in the portal.'),
  logout: () => {},
};

/**
 * A context for running a remote on its own page, outside the shell: navigation uses the page's own history,
 * nobody is signed in (so reported requests are refused), the satisfaction survey is the portal's (`unavailable`
 * here), and notifications, telemetry and errors go to the console, where the developer running it looks. Agencies
 * use it for the app's standalone address.
 *
 * @example
 * mount(document.getElementById('root')!, createStandaloneContext({ entry, basePath: '/' }));
 */
export function createStandaloneContext(options: {
  entry: ManifestEntry;
  basePath: string;
  /** The page's language; Bahasa Indonesia by default. */
  locale?: Locale;
}): RemoteContext {
  return createRemoteContext(options.entry, {
    basePath: options.basePath,
    navigation: createBrowserNavigation(options.basePath),
    auth: signedOut,
    locale: createLocaleSwitch(options.locale ?? 'id'),
    notify(appId, message, { kind, tone }) {
      console.info(`[${appId} ${kind}, ${tone}] ${message}`);
      return () => {};
    },
    record: (appId, record) => console.debug(`${appId} ${record.kind}`, record),
    reportError: (appId, error) => console.error(`${appId} failed:`, error),
    reportRequest: () =>
      Promise.reject(
        new Error("A person's requests are kept by the BAS portal; open this app in the portal."),
      ),
    // The invitation and the survey's screen are the portal's: a page of the app's own has neither.
    requestSurvey: () => Promise.resolve('unavailable'),
  });
}
