import type { ManifestEntry } from '@bas/manifest';
import type { AuthService, NotificationService, RemoteContext, TelemetryService } from '../contract.ts';
import { createBrowserNavigation } from './createBrowserNavigation.ts';
import { createLocaleService } from '../createLocaleService.ts';

// Standalone there is no shell to sign in with: the app runs as for an anonymous visitor.
const signedOut: AuthService = {
  getAccessToken: () => Promise.resolve(undefined),
  getUser: () => undefined,
  subscribe: () => () => {},
  login: () => console.warn('Signing in needs the BAS shell; open this app in the portal.'),
  logout: () => {},
};

// Without the shell's toast area the messages go to the console, where the developer running it looks.
const consoleNotifications: NotificationService = {
  toast: (message, options) => console.info(`[${options?.tone ?? 'info'}] ${message}`),
  banner(message, options) {
    console.info(`[banner, ${options?.tone ?? 'info'}] ${message}`);
    return () => {};
  },
};

function consoleTelemetry(appId: string): TelemetryService {
  return {
    event: (name, data) => console.debug(`${appId} event ${name}`, data ?? {}),
    error: (error, data) => console.debug(`${appId} error`, error, data ?? {}),
  };
}

/**
 * A context for running a remote on its own page, outside the shell: navigation uses the page's own history,
 * nobody is signed in, and notifications, telemetry and errors go to the console. Agencies use it for the app's
 * standalone address.
 *
 * @example
 * mount(document.getElementById('root')!, createStandaloneContext({ entry, basePath: '/' }));
 */
export function createStandaloneContext(options: { entry: ManifestEntry; basePath: string }): RemoteContext {
  const appId = options.entry.id;
  return {
    appId,
    basePath: options.basePath,
    entry: options.entry,
    navigation: createBrowserNavigation(options.basePath),
    auth: signedOut,
    notifications: consoleNotifications,
    telemetry: consoleTelemetry(appId),
    locale: createLocaleService(),
    reportError: (error) => console.error(`${appId} failed:`, error),
  };
}
