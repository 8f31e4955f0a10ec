import type { ManifestEntry } from '@bas/manifest';

/**
 * The portal's languages: Bahasa Indonesia (`id`, the default) and English (`en`).
 *
 * @example
 * const locale: Locale = 'en';
 */
export type Locale = 'id' | 'en';

/**
 * A location in the shell's history: the full path under the shell, not just the app's part.
 *
 * @example
 * const { pathname } = context.navigation.getLocation(); // '/layanan/pengumuman/2'
 */
export interface ShellLocation {
  /** The path, `/layanan/pengumuman/2`. */
  pathname: string;
  /** The query string with its `?`, or empty. */
  search: string;
  /** The fragment with its `#`, or empty. */
  hash: string;
}

/**
 * Navigation through the shell's router. A remote never touches `window.history` itself: the shell owns the
 * address bar, so back/forward and deep links work the same for every app.
 *
 * @example
 * context.navigation.navigate('status/123'); // → /layanan/dokumen-kependudukan/status/123
 * context.navigation.openApp('aduan-warga');
 */
export interface NavigationService {
  /** The shell's current location. */
  getLocation(): ShellLocation;
  /** Calls `listener` after every navigation; returns a function that stops listening. */
  subscribe(listener: (location: ShellLocation) => void): () => void;
  /**
   * Navigates within the shell. A path starting with `/` is a full path under the shell
   * (`/layanan/pengumuman/2`); any other path is relative to the app's base path (`2` → `/layanan/pengumuman/2`).
   */
  navigate(to: string, options?: { replace?: boolean }): void;
  /** Opens another app of the catalog by its manifest id, optionally at a path inside it (`'status/123'`). */
  openApp(appId: string, path?: string): void;
  /** Moves through the shell's history, like `history.go(delta)`. */
  go(delta: number): void;
}

/**
 * The signed-in person, as a remote may know them: no token in here.
 *
 * @example
 * const isCivilServant = context.auth.getUser()?.roles.includes('asn') === true;
 */
export interface UserProfile {
  /** The sign-in name (`asn.disdukcapil`). */
  username: string;
  /** The name to greet the person with. */
  name: string;
  /** Their e-mail address, when the identity provider has one. */
  email?: string;
  /** Realm roles: `warga`, `asn`, `developer`, `admin`. */
  roles: readonly string[];
  /** The agency's short code for civil servants and developers (`disdukcapil`). */
  agency?: string;
}

/**
 * Sign-in as a remote sees it. The portal keeps the identity provider's session, the refresh token and its own
 * token on another origin; a remote gets a short-lived access token for its own agency's API (audience
 * `api-<agency>`, portal roles only) and nothing else.
 *
 * @example
 * const token = await context.auth.getAccessTokenFor(url);
 * if (token === undefined) context.auth.login();
 * else await fetch(url, { headers: { authorization: `Bearer ${token}` } });
 */
export interface AuthService {
  /**
   * The app's access token, for its agency's API only, or undefined when nobody is signed in. Prefer
   * {@link AuthService.getAccessTokenFor}, which also checks where the token is going.
   */
  getAccessToken(): Promise<string | undefined>;
  /**
   * The access token for a request to `url`, which must be on one of the app's API origins (`apiOrigins` in its
   * manifest entry, its own origin by default); rejects, naming the origin, for any other address.
   */
  getAccessTokenFor(url: string | URL): Promise<string | undefined>;
  /** The signed-in person, or undefined; the same object until someone signs in or out. */
  getUser(): UserProfile | undefined;
  /** Calls `listener` when someone signs in or out; returns a function that stops listening. */
  subscribe(listener: () => void): () => void;
  /** Asks the shell to sign the person in and bring them back to where they are. */
  login(): void;
  /** Asks the shell to sign the person out. */
  logout(): void;
}

/**
 * How a message from an app should read: plain information, a success, a warning or an error.
 *
 * @example
 * const tone: NotificationTone = 'success';
 */
export type NotificationTone = 'info' | 'success' | 'warning' | 'error';

/**
 * Messages to the person in the shell's own style, so every app speaks the same way. Toasts are announced to
 * screen readers and go away by themselves; a banner stays above the app until it is dismissed.
 *
 * @example
 * context.notifications.toast('Permohonan terkirim', { tone: 'success' });
 * const hide = context.notifications.banner('Layanan tutup pukul 15.00', { tone: 'warning' });
 */
export interface NotificationService {
  /** Shows a short message for a few seconds (`Permohonan terkirim`). */
  toast(message: string, options?: { tone?: NotificationTone }): void;
  /** Shows a message above the app until the person dismisses it or the returned function removes it. */
  banner(message: string, options?: { tone?: NotificationTone }): () => void;
}

/**
 * Plain values only: telemetry never carries personal data, documents or tokens.
 *
 * @example
 * const data: TelemetryData = { step: 2, document: 'kk' };
 */
export type TelemetryData = Readonly<Record<string, string | number | boolean>>;

/**
 * What happens in an app, for the agency and the platform team: the shell attributes every event and error to
 * the app that sent it and sends them on in batches.
 *
 * @example
 * context.telemetry.event('permohonan-dikirim', { document: 'kk' });
 */
export interface TelemetryService {
  /** Records that something happened (`permohonan-dikirim`); names are lowercase words joined by `-`. */
  event(name: string, data?: TelemetryData): void;
  /** Records an error the app handled itself (a failed API call it recovered from). */
  error(error: unknown, data?: TelemetryData): void;
}

/**
 * The portal's language, chosen by the person in the shell.
 *
 * @example
 * const stop = context.locale.subscribe((locale) => render(locale));
 */
export interface LocaleService {
  /** The current language: `id` (Bahasa Indonesia) or `en`. */
  get(): Locale;
  /** Calls `listener` when the person switches language; returns a function that stops listening. */
  subscribe(listener: (locale: Locale) => void): () => void;
}

/**
 * Text in the portal's two languages, or one string shown in both (an app that speaks Bahasa Indonesia only).
 *
 * @example
 * const title: LocalizedText = { id: 'Kartu Keluarga baru', en: 'New family card' };
 */
export type LocalizedText = string | Readonly<Record<Locale, string>>;

/**
 * One step of a request's timeline: finished, where the request is now, or still to come.
 *
 * @example
 * const step: RequestStep = { label: { id: 'Diajukan', en: 'Submitted' }, state: 'done', date: '2026-05-04' };
 */
export interface RequestStep {
  /** What happens at this step (at most 60 characters). */
  label: LocalizedText;
  /** Finished, where the request is now, or still to come. */
  state: 'done' | 'current' | 'upcoming';
  /** When it happened or is expected: an ISO 8601 date (`2026-05-04`) or date-time with its offset. */
  date?: string;
}

/**
 * A request or complaint of the signed-in person, as the app reports it for the portal's "Permohonan saya" page.
 *
 * @example
 * const report: RequestReport = {
 *   id: 'KK-2026-0042',
 *   title: { id: 'Kartu Keluarga baru', en: 'New family card' },
 *   status: { id: 'Diverifikasi', en: 'Verified' },
 *   steps: [
 *     { label: 'Diajukan', state: 'done', date: '2026-05-04' },
 *     { label: 'Diverifikasi', state: 'current' },
 *   ],
 *   link: 'status/KK-2026-0042',
 * };
 */
export interface RequestReport {
  /** The app's own reference (1 to 64 letters, digits, `.`, `_`, `-`); reporting the same id again updates it. */
  id: string;
  /** What the person asked for (at most 120 characters). */
  title: LocalizedText;
  /** Where it stands now, in the person's words (at most 60 characters). */
  status: LocalizedText;
  /** The timeline in order, 1 to 12 steps; the request counts as finished when no step is `current` or `upcoming`. */
  steps: readonly RequestStep[];
  /** Where to continue: a path relative to the app (`status/KK-2026-0042`; empty for its start), never another site. */
  link: string;
}

/**
 * The person's requests and complaints, listed across apps on the portal's "Permohonan saya" page. The shell
 * adds the app's id itself, so an app reports only its own. Titles and statuses are shown to the person alone and
 * kept for two years after the last update; put in them what the person would see in the app, never documents or
 * identity numbers.
 *
 * @example
 * context.requests.report(report).catch((error) => context.telemetry.error(error));
 */
export interface RequestsService {
  /**
   * Adds or updates one request of the signed-in person. Resolves once the portal has stored it; rejects with an
   * `Error` saying what to change when the report is invalid, and when nobody is signed in or the portal cannot
   * store it now (report again at the next change). It never throws synchronously: catch the promise, and do not
   * hold up the person's own flow for it.
   */
  report(request: RequestReport): Promise<void>;
}

/**
 * What became of an app's request for the satisfaction survey: the shell invited the person (`offered`), had
 * already asked this person about this service this year (`already-asked`: nothing is shown), or cannot ask here
 * (`unavailable`: no survey app in the catalog, the app is not a public service that can be rated anonymously, or
 * the host is not the portal).
 *
 * @example
 * const outcome: SurveyRequestOutcome = await context.survey.request();
 */
export type SurveyRequestOutcome = 'offered' | 'already-asked' | 'unavailable';

/**
 * The public satisfaction survey (Survei Kepuasan Masyarakat, Permenpan RB 14/2017), asked by the portal on the
 * app's behalf. The shell, not the app, shows the invitation in its own style and leads the person to the survey's
 * own screen, which asks the regulation's nine elements about this app and sends them anonymously; the app never
 * sees the answer. The shell asks a person at most once per service and calendar year (UTC) on a device, declining
 * included, so an app may call `request()` after every completed transaction.
 *
 * @example
 * await api.submit(request);
 * context.survey.request().catch((error) => context.telemetry.error(error));
 */
export interface SurveyService {
  /**
   * Asks the shell to invite the person to rate this app. Call it once a transaction is complete (a request sent,
   * a payment made), never on opening the app. Resolves with what the shell did; rejects only when the host
   * failed, so catch the promise and never hold up the person's own flow for it.
   */
  request(): Promise<SurveyRequestOutcome>;
}

/**
 * What the shell hands a remote when it mounts it: everything a remote may know of the shell.
 *
 * @example
 * export const mount: RemoteModule['mount'] = (element, { entry, locale }) => {
 *   element.textContent = entry.name[locale.get()];
 *   return () => element.replaceChildren();
 * };
 */
export interface RemoteContext {
  /** The app's id in the manifest. */
  appId: string;
  /** The path the app lives under in the shell, e.g. `/layanan/pengumuman`; the app's own routes start here. */
  basePath: string;
  /** The app's own entry in the catalog, as the registry serves it (name, agency, version, status, …). */
  entry: ManifestEntry;
  /** The shell's history: moving within the app, opening other apps. */
  navigation: NavigationService;
  /** Who is signed in, and an access token for the app's API calls. */
  auth: AuthService;
  /** Toasts and banners in the shell's style. */
  notifications: NotificationService;
  /** Events and handled errors, attributed to the app. */
  telemetry: TelemetryService;
  /** The portal's language. */
  locale: LocaleService;
  /** The person's requests and complaints in this app, for the portal's "Permohonan saya" page. */
  requests: RequestsService;
  /** The satisfaction survey about this app, which the shell offers once per person and year (SDK 2.3.0). */
  survey: SurveyService;
  /**
   * Tells the shell that the app failed after it was mounted (a render error, say): the shell replaces the app's
   * area with its fallback while the rest of the portal keeps working.
   */
  reportError(error: unknown): void;
}

/**
 * Removes what `mount` rendered; the shell calls it when the person leaves the app.
 *
 * @example
 * const unmount: Unmount = () => root.unmount();
 */
export type Unmount = () => void;

/**
 * The contract an exposed module fulfils, whatever framework renders it.
 *
 * @example
 * export const mount: RemoteModule['mount'] = (element, context) => {
 *   element.textContent = `Hello from ${context.appId}`;
 *   return () => { element.textContent = ''; };
 * };
 */
export interface RemoteModule {
  /** Renders the app into `element` (which the shell owns) and returns the function that removes it again. */
  mount(element: HTMLElement, context: RemoteContext): Unmount;
}
