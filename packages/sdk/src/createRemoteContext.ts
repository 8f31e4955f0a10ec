import type { ManifestEntry } from '@bas/manifest';
import { apiOriginsOf } from './apiOriginsOf.ts';
import { appBasePath } from './appBasePath.ts';
import type {
  AuthService,
  LocaleService,
  NavigationService,
  NotificationTone,
  RemoteContext,
  RequestReport,
  SurveyRequestOutcome,
  TelemetryData,
} from './contract.ts';
import { resolveAppPath } from './resolveAppPath.ts';

/**
 * What one app did that its host shows or records, always with the app's id: an app cannot speak as another.
 *
 * @example
 * const record: TelemetryRecord = { kind: 'event', name: 'permohonan-dikirim', data: { document: 'kk' } };
 */
export type TelemetryRecord =
  | { kind: 'event'; name: string; data?: TelemetryData }
  | { kind: 'error'; error: unknown; data?: TelemetryData };

/**
 * What a host (the shell, a standalone page, the development harness, a test) supplies so that a remote can be
 * mounted in it. The host's navigation takes full paths; {@link createRemoteContext} resolves the app's relative
 * ones.
 *
 * @example
 * const host: RemoteHost = {
 *   navigation, auth, locale,
 *   notify: (appId, message) => { console.info(appId, message); return () => {}; },
 *   record: (appId, record) => console.debug(appId, record),
 *   reportError: (appId, error) => console.error(appId, error),
 *   reportRequest: () => Promise.reject(new Error('no portal here to keep requests')),
 *   requestSurvey: () => Promise.resolve('unavailable'),
 * };
 */
export interface RemoteHost {
  /** Where the app's routes start; `/layanan/<route>` unless the host serves the app elsewhere (`/` standalone). */
  basePath?: string;
  /** Origins besides the entry's API origins where the app's token may go (the harness, which mocks the API). */
  apiOrigins?: readonly string[];
  /** The host's history, taking full paths. */
  navigation: NavigationService;
  /** Who is signed in, and the app's access token (the context adds the check of where it may go). */
  auth: Omit<AuthService, 'getAccessTokenFor'>;
  /** The language the person chose. */
  locale: LocaleService;
  /** Shows a toast or a banner from the app; returns the function that removes it. */
  notify(
    appId: string,
    message: string,
    notice: { kind: 'toast' | 'banner'; tone: NotificationTone },
  ): () => void;
  /** Records an event or a handled error of the app. */
  record(appId: string, record: TelemetryRecord): void;
  /** The app failed after it was mounted. */
  reportError(appId: string, error: unknown): void;
  /** Keeps a request of the signed-in person for the app `appId`; rejects, saying why, when it cannot. */
  reportRequest(appId: string, request: RequestReport): Promise<void>;
  /** Invites the person to the satisfaction survey about the app `appId`, or says why it does not. */
  requestSurvey(appId: string): Promise<SurveyRequestOutcome>;
}

/**
 * The context one app is mounted with: the host's services seen from that app. Every host builds it here, so a
 * remote meets the same contract in the portal, on its standalone page, in the harness and in its tests.
 *
 * @example
 * const context = createRemoteContext(entry, host);
 * const unmount = remote.mount(element, context);
 */
export function createRemoteContext(entry: ManifestEntry, host: RemoteHost): RemoteContext {
  const appId = entry.id;
  const basePath = host.basePath ?? appBasePath(entry);
  return {
    appId,
    basePath,
    entry,
    navigation: {
      ...host.navigation,
      navigate: (to, options) => host.navigation.navigate(resolveAppPath(basePath, to), options),
    },
    auth: {
      ...host.auth,
      getAccessTokenFor: async (url) => {
        const token = await host.auth.getAccessToken();
        // Nobody signed in: there is nothing to keep from anyone, and the API decides what a visitor may do.
        if (token === undefined) return undefined;
        const origins = [...apiOriginsOf(entry), ...(host.apiOrigins ?? [])];
        // Relative addresses are the page's own origin, as fetch would resolve them.
        const target = new URL(url, globalThis.location?.href).origin;
        if (origins.includes(target)) return token;
        throw new Error(
          `${appId} asked for its access token for ${target}, which is not one of its API origins (${origins.join(', ') || 'none'}): add the API's origin to apiOrigins in the app's manifest entry. The token is sent nowhere else.`,
        );
      },
    },
    notifications: {
      toast: (message, options) =>
        void host.notify(appId, message, { kind: 'toast', tone: options?.tone ?? 'info' }),
      banner: (message, options) =>
        host.notify(appId, message, { kind: 'banner', tone: options?.tone ?? 'info' }),
    },
    telemetry: {
      event: (name, data) =>
        host.record(appId, data === undefined ? { kind: 'event', name } : { kind: 'event', name, data }),
      error: (error, data) =>
        host.record(appId, data === undefined ? { kind: 'error', error } : { kind: 'error', error, data }),
    },
    locale: host.locale,
    reportError: (error) => host.reportError(appId, error),
    requests: {
      // A host that throws still answers with a rejected promise: the contract promises one either way.
      report: (request) => Promise.resolve().then(() => host.reportRequest(appId, request)),
    },
    survey: {
      // As for reports: the app's own id, and a promise even from a host that throws.
      request: () => Promise.resolve().then(() => host.requestSurvey(appId)),
    },
  };
}
