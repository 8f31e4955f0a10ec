import type { AuthClient, ManifestAnswer, SessionState, TelemetryPath } from '@bas/auth-bridge';
import type { RequestReport } from '@bas/sdk';
import type { AuthConfig } from '../config/loadShellConfig.ts';
import { ShellError } from '../errors/ShellError.ts';
import { connectAuthFrame } from './connectAuthFrame.ts';
import { useSessionStore } from './sessionStore.ts';
import { markSigningIn } from './signInReturn.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';

export interface SessionOptions {
  /** Sends the whole tab elsewhere: to sign in or out, or through the switch page. */
  assign(url: string): void;
  /** How long the auth frame and check-sso may take before the portal carries on as anonymous. */
  timeoutMs?: number;
  connect?: (frameOrigin: string, timeoutMs: number) => Promise<AuthClient>;
}

export interface Session {
  /** Connects to the auth frame and learns who is signed in, without blocking anything. */
  start(): Promise<void>;
  login(returnTo: string): Promise<void>;
  logout(): Promise<void>;
  /**
   * Called before an agency's code runs in this page. False means another agency's code already ran in this tab:
   * the page is being replaced through the switch page, and the app must not load here.
   */
  bind(agency: string, path: string): Promise<boolean>;
  /** The agency the tab is bound to (by an app opened in an earlier page of it), if any. */
  binding(): Promise<string | undefined>;
  /** Replaces the tab, through the switch page, with a fresh page at `path` that no agency's code ran in. */
  freshPage(path: string): void;
  /** A token for `agency`'s API only (the tab's bound agency), or undefined when nobody is signed in. */
  agencyToken(agency: string): Promise<string | undefined>;
  /** The registry's catalog for the person signed in, fetched by the frame; undefined when nobody is. */
  personalManifest(etag?: string): Promise<ManifestAnswer | undefined>;
  /** Has the frame fetch the catalog itself, which keeps its copy up to date (for anonymous visitors). */
  refreshCatalogCopy(): Promise<void>;
  /** The frame's copy of the last catalog it fetched, for when the registry is down. */
  catalogCopy(): Promise<{ savedAt: string; entries: unknown[] } | undefined>;
  /** Has the frame keep a request an app of `agency` reported; rejects with the reason it was not kept. */
  reportRequest(agency: string, appId: string, request: RequestReport): Promise<void>;
  /** The person's requests as the registry answered the frame; status 401 when nobody is signed in. */
  requests(): Promise<{ status: number; body?: unknown }>;
  /** Has the frame send a batch to the registry's `path` with the person's token; rejects with why it did not. */
  sendTelemetry(path: TelemetryPath, body: Record<string, unknown[]>): Promise<void>;
}

function show(state: SessionState): void {
  const current = useSessionStore.getState().user;
  // An answer that changes nothing about the person keeps the same profile object, so nothing reloads.
  const same = current !== undefined && JSON.stringify(current) === JSON.stringify(state.user);
  useSessionStore.setState({
    status: state.status,
    user: same ? current : state.user,
    notice: state.notice ?? null,
  });
}

/**
 * The person's session, as the portal page sees it: everything goes through the auth frame on its own origin,
 * which keeps keycloak-js, the refresh token, the ID token and the portal's own access token. The page holds who is
 * signed in and, for the one agency whose code runs in the tab, that agency's short-lived token.
 */
export function createSession(config: AuthConfig, options: SessionOptions): Session {
  const timeoutMs = options.timeoutMs ?? 8000;
  const connect = options.connect ?? connectAuthFrame;
  let frame: Promise<AuthClient> | undefined;
  const client = () => (frame ??= connect(config.frameOrigin, timeoutMs));

  async function start(): Promise<void> {
    useSessionStore.setState({ status: 'checking', notice: null });
    try {
      const auth = await client();
      auth.onSession(show);
      show(await auth.request('session', {}));
    } catch {
      useSessionStore.setState({ status: 'unavailable', user: undefined, notice: 'idpUnavailable' });
    }
  }

  function freshPage(path: string): void {
    const to = new URL(path, window.location.origin).href;
    options.assign(`${config.frameOrigin}/switch.html?to=${encodeURIComponent(to)}`);
  }

  return {
    start,
    async login(returnTo) {
      try {
        const { locale } = useLocaleStore.getState();
        const { url } = await (await client()).request('login', { returnTo, locale });
        markSigningIn();
        options.assign(url);
      } catch {
        useSessionStore.setState({ status: 'unavailable', notice: 'idpUnavailable' });
      }
    },
    async logout() {
      const { url } = await (await client()).request('logout', {});
      options.assign(url);
    },
    async bind(agency, path) {
      let auth: AuthClient;
      try {
        auth = await client();
      } catch (cause) {
        // Fail closed: an app running unbound could connect a frame of its own once the auth origin answers, and
        // bind the tab to any agency. The person gets a retry instead.
        frame = undefined;
        throw new ShellError(
          'AUTH_FRAME_UNAVAILABLE',
          `The auth frame at ${config.frameOrigin} did not answer; ${agency}'s app is not loaded until it does.`,
          { cause },
        );
      }
      const { bound } = await auth.request('bind', { agency });
      if (!bound) freshPage(path);
      return bound;
    },
    freshPage,
    binding: () =>
      client().then(
        (auth) => auth.request('binding', {}).then((answer) => answer.agency),
        () => undefined,
      ),
    async agencyToken(agency) {
      // The frame answers once check-sso has: an app that asks while the page still checks gets its token.
      return (await (await client()).request('token', { agency })).token;
    },
    async refreshCatalogCopy() {
      await (await client()).request('refreshCatalogCopy', {});
    },
    async catalogCopy() {
      const copy = await (await client()).request('catalogCopy', {});
      return copy.savedAt === undefined || copy.entries === undefined
        ? undefined
        : { savedAt: copy.savedAt, entries: copy.entries };
    },
    async reportRequest(agency, appId, request) {
      await (await client()).request('reportRequest', { agency, appId, request });
    },
    async requests() {
      return (await client()).request('requests', {});
    },
    async sendTelemetry(path, body) {
      await (await client()).request('telemetry', { path, body });
    },
    async personalManifest(etag) {
      if (useSessionStore.getState().status !== 'authenticated') return undefined;
      const answer = await (await client()).request('manifest', etag === undefined ? {} : { etag });
      return answer.status === 401 ? undefined : answer;
    },
  };
}
