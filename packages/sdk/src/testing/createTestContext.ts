import type { ManifestEntry } from '@bas/manifest';
import { checkRequestReport } from '@bas/manifest/requests';
import { appBasePath } from '../appBasePath.ts';
import type {
  Locale,
  NotificationTone,
  RemoteContext,
  RequestReport,
  ShellLocation,
  SurveyRequestOutcome,
  TelemetryData,
  UserProfile,
} from '../contract.ts';
import { createRemoteContext } from '../createRemoteContext.ts';
import { createLocaleSwitch } from '../standalone/createLocaleSwitch.ts';
import { fakeAccessToken } from './bearerUser.ts';

/**
 * What a remote asked of the shell during a test, for assertions.
 *
 * @example
 * expect(record.navigations).toEqual(['/layanan/dokumen-kependudukan/status']);
 */
export interface TestShellRecord {
  /** Full paths the app navigated to, in order. */
  navigations: string[];
  /** Apps it opened: `{ appId, path }`. */
  openedApps: { appId: string; path?: string }[];
  /** Toasts the app showed. */
  toasts: { message: string; tone: NotificationTone }[];
  /** Banners the app showed; `visible` turns false when the app removes one. */
  banners: { message: string; tone: NotificationTone; visible: boolean }[];
  /** Telemetry events the app recorded. */
  events: { name: string; data?: TelemetryData }[];
  /** Errors the app handled itself and sent to telemetry. */
  handledErrors: unknown[];
  /** Errors the app reported to the shell with `reportError` (the shell would show its fallback). */
  errors: unknown[];
  /** How many times the app asked the shell to sign the person in. */
  logins: number;
  /**
   * Requests the app reported with `context.requests.report` and the shell would keep, in order (a report of the
   * same id again is a second item). A report the shell would refuse (invalid, or nobody signed in) is not here:
   * its promise rejects with the shell's reason.
   */
  requests: RequestReport[];
  /**
   * What each `context.survey.request()` was answered, in order: the shell would have shown its invitation for each
   * `offered`. As in the shell, a person is offered the survey once (the test stands for one year), and someone else
   * signing in is offered it again.
   */
  surveys: SurveyRequestOutcome[];
  /** Subscriptions (navigation, auth, locale) the app holds right now: 0 after a clean unmount. */
  readonly activeSubscriptions: number;
}

/**
 * A remote context in memory, with the controls a test needs, plus what the remote did with it.
 *
 * @example
 * const { context, signIn } = createTestContext({ entry });
 * signIn({ username: 'warga', name: 'Siti', roles: ['warga'] });
 */
export interface TestContext {
  /** The context to mount the app with. */
  context: RemoteContext;
  /** What the app asked of the shell so far. */
  record: TestShellRecord;
  /** Signs someone in (or out, with undefined) and tells the app, as the shell does. */
  signIn(user: UserProfile | undefined, accessToken?: string): void;
  /** Switches the portal's language, as the person does in the shell. */
  setLocale(locale: Locale): void;
  /** Moves the shell's history, as back/forward or a link outside the app would. */
  navigateTo(path: string): void;
}

/**
 * How the shell looks to the app in a test.
 *
 * @example
 * const options: TestContextOptions = { entry, user: { username: 'warga', name: 'Siti', roles: ['warga'] } };
 */
export interface TestContextOptions {
  /** The app's catalog entry (its own `bas-remote.json`, say). */
  entry: ManifestEntry;
  /** The shell's path when the app is mounted; its base path by default. */
  path?: string;
  /** Who is signed in when the app mounts; nobody by default. */
  user?: UserProfile;
  /** Returned by `getAccessToken()` while someone is signed in; an unsigned token naming the user by default. */
  accessToken?: string;
  /** The portal's language; `id` by default. */
  locale?: Locale;
  /**
   * Whether the portal can ask for the satisfaction survey about the app (a survey app in the catalog, a public
   * app); true by default. False answers every `survey.request()` with `unavailable`.
   */
  surveyAvailable?: boolean;
}

/**
 * The shell's side of the contract in memory, for a remote's tests: navigation, sign-in, notifications, telemetry,
 * language, requests and the survey behave as in the shell and are recorded. Unlike the shell it holds no real session: the access
 * token is whatever the test gives.
 *
 * @example
 * const { context, record, signIn } = createTestContext({ entry, user: { username: 'warga', name: 'Siti', roles: ['warga'] } });
 * const unmount = mount(element, context);
 * expect(record.toasts).toEqual([{ message: 'Permohonan terkirim', tone: 'success' }]);
 */
export function createTestContext(options: TestContextOptions): TestContext {
  const basePath = appBasePath(options.entry);
  let location: ShellLocation = { pathname: options.path ?? basePath, search: '', hash: '' };
  let user = options.user;
  let token = options.accessToken ?? (user === undefined ? undefined : fakeAccessToken(user));
  const locale = createLocaleSwitch(options.locale ?? 'id');
  const navigationListeners = new Set<(location: ShellLocation) => void>();
  const authListeners = new Set<() => void>();
  const subscribe = <T>(listeners: Set<T>, listener: T) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const record: TestShellRecord = {
    navigations: [],
    openedApps: [],
    toasts: [],
    banners: [],
    events: [],
    handledErrors: [],
    errors: [],
    logins: 0,
    requests: [],
    surveys: [],
    get activeSubscriptions() {
      return navigationListeners.size + authListeners.size + locale.listeners;
    },
  };
  // Who was offered the survey already: by username, '' for a visitor, as the shell keeps it per person.
  const surveyed = new Set<string>();
  const navigateTo = (path: string) => {
    const url = new URL(path, 'http://shell.test');
    location = { pathname: url.pathname, search: url.search, hash: url.hash };
    navigationListeners.forEach((listener) => listener(location));
  };
  const context = createRemoteContext(options.entry, {
    navigation: {
      getLocation: () => location,
      subscribe: (listener) => subscribe(navigationListeners, listener),
      navigate(path) {
        record.navigations.push(path);
        navigateTo(path);
      },
      openApp: (appId, path) => record.openedApps.push(path === undefined ? { appId } : { appId, path }),
      go: () => {},
    },
    auth: {
      getAccessToken: () => Promise.resolve(user === undefined ? undefined : token),
      getUser: () => user,
      subscribe: (listener) => subscribe(authListeners, listener),
      login: () => void (record.logins += 1),
      logout: () => {},
    },
    locale,
    notify(_appId, message, { kind, tone }) {
      if (kind === 'toast') {
        record.toasts.push({ message, tone });
        return () => {};
      }
      const banner = { message, tone, visible: true };
      record.banners.push(banner);
      return () => void (banner.visible = false);
    },
    record(_appId, telemetry) {
      if (telemetry.kind === 'error') record.handledErrors.push(telemetry.error);
      else
        record.events.push(
          telemetry.data === undefined
            ? { name: telemetry.name }
            : { name: telemetry.name, data: telemetry.data },
        );
    },
    reportError: (_appId, error) => record.errors.push(error),
    async reportRequest(_appId, request) {
      if (user === undefined)
        throw new Error('Nobody is signed in: a request is kept for a signed-in person only.');
      const checked = checkRequestReport(request);
      if (!checked.ok) throw new Error(`The request report was refused: ${checked.problem}.`);
      record.requests.push(request);
    },
    requestSurvey() {
      const person = user?.username ?? '';
      let outcome: SurveyRequestOutcome = 'offered';
      if (options.surveyAvailable === false) outcome = 'unavailable';
      else if (surveyed.has(person)) outcome = 'already-asked';
      surveyed.add(person);
      record.surveys.push(outcome);
      return Promise.resolve(outcome);
    },
  });
  return {
    context,
    record,
    signIn(nextUser, accessToken) {
      user = nextUser;
      token = accessToken ?? (nextUser === undefined ? undefined : fakeAccessToken(nextUser));
      authListeners.forEach((listener) => listener());
    },
    setLocale: (next) => locale.set(next),
    navigateTo,
  };
}
