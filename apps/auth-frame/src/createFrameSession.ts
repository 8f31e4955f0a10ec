import { checkSso, toUserProfile, type AuthHandlers, type SessionState } from '@bas/auth-bridge';
import Keycloak from 'keycloak-js';
import { appsOfAgency } from './appsOfAgency.ts';
import type { FrameConfig } from './loadFrameConfig.ts';
import { catalogCopy } from './catalogCopy.ts';
import { forwardTelemetry } from './forwardTelemetry.ts';
import { signedOutChannel } from './signedOutChannel.ts';
import { tabBinding } from './tabBinding.ts';

/** The part of keycloak-js the frame uses; tests hand in a stand-in. */
export type KeycloakClient = Pick<
  Keycloak,
  | 'init'
  | 'createLoginUrl'
  | 'updateToken'
  | 'clearToken'
  | 'token'
  | 'tokenParsed'
  | 'authenticated'
  | 'timeSkew'
  | 'isTokenExpired'
>;

export interface FrameSessionOptions {
  /** This frame's origin, where the identity provider sends people back. */
  origin: string;
  /** The portal page the frame serves (the origin of the page that connected). */
  portalOrigin: string;
  /** Tells the page when the session changes on its own. */
  announce(state: SessionState): void;
  createKeycloak?: (config: FrameConfig['auth']) => KeycloakClient;
  fetch?: typeof fetch;
  /** How long check-sso may take before the portal carries on as anonymous and offers a retry. */
  timeoutMs?: number;
}

const refreshMarginSeconds = 30;
/** How soon a refresh is tried again after the identity provider did not answer. */
const refreshRetryMs = 10_000;

/**
 * Whether the identity provider answered the refresh with a refusal (keycloak-js's NetworkError carries the answer:
 * 400 `invalid_grant` for a session ended or expired), rather than not answering or failing on its side (5xx).
 */
function refusedByIdentityProvider(error: unknown): boolean {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
const returnToKey = 'bas.returnTo';

/**
 * The person's session as the auth frame keeps it: keycloak-js with its refresh and ID tokens, and the portal's own
 * access token, all inside this origin. What the page gets: who is signed in, a short-lived token for the one
 * agency whose code runs in the tab (exchanged on the auth origin's server), the personal catalog, and the
 * person's own requests across apps (read and reported here, with the portal's token).
 */
export function createFrameSession(config: FrameConfig, options: FrameSessionOptions): AuthHandlers {
  const createKeycloak = options.createKeycloak ?? ((settings) => new Keycloak(settings));
  const request = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 8000;
  let keycloak: KeycloakClient | undefined;
  let checked: Promise<SessionState> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** A refresh failed because the identity provider did not answer, and the page was told. */
  let refreshDelayed = false;
  const agencyTokens = new Map<string, { token: string; expiresAt: number }>();
  /** The person's catalog as the registry last answered this frame (never as the page says it is). */
  let personalCatalog: Promise<unknown> | undefined;
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(signedOutChannel);

  function end(notice: SessionState['notice']): SessionState {
    clearTimeout(refreshTimer);
    refreshDelayed = false;
    keycloak?.clearToken();
    agencyTokens.clear();
    personalCatalog = undefined;
    const state: SessionState = { status: 'anonymous', ...(notice === undefined ? {} : { notice }) };
    checked = Promise.resolve(state);
    return state;
  }

  channel?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type === 'signed-out' && keycloak?.authenticated === true)
      options.announce(end('sessionEnded'));
  });

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    const expires = keycloak?.tokenParsed?.exp;
    if (expires === undefined) return;
    // In the identity provider's time, corrected by the skew keycloak-js measured between the two clocks.
    const delay = Math.max(
      0,
      (expires - refreshMarginSeconds + (keycloak?.timeSkew ?? 0)) * 1000 - Date.now(),
    );
    refreshTimer = setTimeout(() => void portalToken(), delay);
  }

  /** The portal's own access token, refreshed when it is about to expire; undefined when nobody is signed in. */
  async function portalToken(): Promise<string | undefined> {
    const state = await session();
    // Read after the check: it creates the keycloak-js instance.
    const client = keycloak;
    if (state.status !== 'authenticated' || client?.authenticated !== true) return undefined;
    try {
      await client.updateToken(refreshMarginSeconds);
    } catch (error) {
      if (refusedByIdentityProvider(error)) {
        // The session ended elsewhere (sign-out in another browser, expiry): say so, and stay on the page.
        options.announce(end('sessionEnded'));
        return undefined;
      }
      // The identity provider could not be reached: the session is not over. The person stays signed in, is told,
      // and the refresh is tried again until it answers; the token is given only while it is still valid.
      if (!refreshDelayed) options.announce({ ...state, notice: 'refreshDelayed' });
      refreshDelayed = true;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void portalToken(), refreshRetryMs);
      return client.isTokenExpired(0) ? undefined : client.token;
    }
    if (refreshDelayed) options.announce(state);
    refreshDelayed = false;
    scheduleRefresh();
    return client.token;
  }

  async function check(): Promise<SessionState> {
    const client = createKeycloak(config.auth);
    keycloak = client;
    try {
      const authenticated = await checkSso(client, { origin: options.origin, timeoutMs });
      if (!authenticated || client.tokenParsed === undefined) return { status: 'anonymous' };
      scheduleRefresh();
      return { status: 'authenticated', user: toUserProfile(client.tokenParsed) };
    } catch {
      keycloak = undefined;
      return { status: 'unavailable', notice: 'idpUnavailable' };
    }
  }

  function session(): Promise<SessionState> {
    checked ??= check();
    return checked;
  }

  async function exchange(agency: string, subject: string): Promise<{ token: string; expiresAt: number }> {
    const response = await request('/exchange', {
      method: 'POST',
      headers: { authorization: `Bearer ${subject}`, 'content-type': 'application/json' },
      body: JSON.stringify({ agency }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      message?: string;
    };
    if (!response.ok || body.access_token === undefined) {
      throw new Error(body.message ?? `the token exchange answered HTTP ${response.status}`);
    }
    return { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
  }

  /** The person's catalog: the one this frame last fetched for them, or fetched now. */
  function catalogOf(subject: string): Promise<unknown> {
    personalCatalog ??= request('/manifest', { headers: { authorization: `Bearer ${subject}` } }).then(
      async (response) => {
        if (response.status !== 200) throw new Error(`the catalog answered HTTP ${response.status}`);
        return (await response.json()) as unknown;
      },
    );
    const read = personalCatalog;
    // A failed read is tried again with the next batch.
    read.catch(() => {
      if (personalCatalog === read) personalCatalog = undefined;
    });
    return read;
  }

  /**
   * The apps whose figures may leave this tab with the person's token. Once an agency's code ran here it could send
   * batches itself: its own agency's apps and public ones only. Before that, every batch is the shell's own, for any
   * app the person sees (the registry checks that).
   */
  async function reportableApps(subject: string): Promise<ReadonlySet<string> | undefined> {
    const bound = tabBinding.current();
    if (bound === undefined) return undefined;
    try {
      return appsOfAgency(await catalogOf(subject), bound);
    } catch (error) {
      throw new Error(
        `the batch is not sent: the frame could not read the catalog that says whose apps it names (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }

  return {
    session,
    retry: () => {
      checked = check();
      return checked;
    },
    async login({ returnTo, locale }) {
      if (!returnTo.startsWith('/') || returnTo.startsWith('//')) throw new Error('returnTo must be a path');
      if ((await session()).status === 'unavailable') await (checked = check());
      if (keycloak === undefined) throw new Error('the identity provider cannot be reached; try again later');
      sessionStorage.setItem(returnToKey, `${options.portalOrigin}${returnTo}`);
      // The sign-in page in the portal's language (`ui_locales`); anything else than the portal's two is left out.
      const language = locale === 'en' || locale === 'id' ? { locale } : {};
      return {
        url: await keycloak.createLoginUrl({ redirectUri: `${options.origin}/callback.html`, ...language }),
      };
    },
    logout() {
      // The sign-out page does it as the whole tab: a sign-out address built here would carry the ID token.
      end(undefined);
      const back = encodeURIComponent(`${options.portalOrigin}/`);
      return Promise.resolve({ url: `${options.origin}/logout.html?to=${back}` });
    },
    catalogCopy: () => Promise.resolve(catalogCopy.read()),
    async refreshCatalogCopy() {
      // Signed in, the copy is kept as the person's catalog is loaded (manifest, below).
      if ((await portalToken()) !== undefined) return {};
      // Revalidated: each page a visitor opens costs a 304 while the catalog is unchanged, not the whole list.
      const held = catalogCopy.etag();
      const response = await request('/manifest', {
        headers: held === undefined ? {} : { 'if-none-match': held },
      });
      if (response.status === 200) {
        catalogCopy.keep(await response.json(), response.headers.get('etag') ?? undefined);
      }
      if (response.status === 304) catalogCopy.confirm();
      return {};
    },
    bind: ({ agency }) => Promise.resolve({ bound: tabBinding.bind(agency) }),
    binding: () => {
      const agency = tabBinding.current();
      return Promise.resolve(agency === undefined ? {} : { agency });
    },
    async token({ agency }) {
      if (!tabBinding.allows(agency)) {
        throw new Error(
          `this tab runs another agency's app: a token for ${agency} is given only after a fresh page`,
        );
      }
      const subject = await portalToken();
      if (subject === undefined) return {};
      const cached = agencyTokens.get(agency);
      if (cached !== undefined && cached.expiresAt - refreshMarginSeconds * 1000 > Date.now()) {
        return { token: cached.token };
      }
      const fresh = await exchange(agency, subject);
      agencyTokens.set(agency, fresh);
      return { token: fresh.token };
    },
    async reportRequest({ agency, appId, request: report }) {
      // Only an app runs code that reports, and an app binds the tab to its agency first. The report goes out as
      // that agency's, whatever the page says: the registry refuses it for an app of any other agency.
      const bound = tabBinding.current();
      if (bound === undefined || bound !== agency) {
        throw new Error(`this tab does not run ${agency}'s app: ${appId} cannot report a request from it`);
      }
      const subject = await portalToken();
      if (subject === undefined)
        throw new Error('nobody is signed in: a request is kept for a signed-in person only');
      const { id, ...body } = report;
      const path = `/me/agencies/${encodeURIComponent(bound)}/requests/${encodeURIComponent(appId)}/${encodeURIComponent(id)}`;
      const response = await request(path, {
        method: 'PUT',
        headers: { authorization: `Bearer ${subject}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.ok) return {};
      const answer = (await response.json().catch(() => ({}))) as { message?: unknown };
      throw new Error(
        typeof answer.message === 'string' ? answer.message : `the registry answered HTTP ${response.status}`,
      );
    },
    async requests() {
      const subject = await portalToken();
      if (subject === undefined) return { status: 401 };
      // A tab that has run an agency's code gets that agency's requests only: the code could be asking. The
      // person's whole list is for a tab no agency's code has run in (the shell opens one through the switch page).
      const bound = tabBinding.current();
      const path =
        bound === undefined ? '/me/requests' : `/me/agencies/${encodeURIComponent(bound)}/requests`;
      const response = await request(path, { headers: { authorization: `Bearer ${subject}` } });
      return { status: response.status, body: (await response.json().catch(() => undefined)) as unknown };
    },
    // The registry keeps records only of apps the person's catalog holds; a tab an agency's code ran in sends those of
    // that agency's apps and public ones only, as it reports requests as that agency only.
    telemetry: forwardTelemetry(request, portalToken, reportableApps),
    async manifest({ etag }) {
      // Signed in: the person's catalog; otherwise the anonymous one. Either way the frame keeps its own copy.
      const subject = await portalToken();
      const response = await request('/manifest', {
        headers: {
          ...(subject === undefined ? {} : { authorization: `Bearer ${subject}` }),
          ...(etag === undefined ? {} : { 'if-none-match': etag }),
        },
      });
      const body: unknown = response.status === 200 ? await response.json() : undefined;
      if (body !== undefined) catalogCopy.keep(body);
      // The person's, as the registry answered: what a batch of a bound tab is checked against.
      if (body !== undefined && subject !== undefined) personalCatalog = Promise.resolve(body);
      const answerTag = response.headers.get('etag');
      return { status: response.status, ...(answerTag === null ? {} : { etag: answerTag }), body };
    },
  };
}
