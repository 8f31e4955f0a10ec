import { checkSso } from '@bas/auth-bridge';
import Keycloak from 'keycloak-js';
import type { ConsoleConfig } from '../config/loadConsoleConfig.ts';
import { toConsoleUser, type ConsoleUser } from './ConsoleUser.ts';
import { returnPath } from './returnPath.ts';

/** The part of keycloak-js the console uses; tests hand in a stand-in. */
export type KeycloakClient = Pick<
  Keycloak,
  | 'init'
  | 'login'
  | 'logout'
  | 'updateToken'
  | 'clearToken'
  | 'isTokenExpired'
  | 'token'
  | 'tokenParsed'
  | 'authenticated'
  | 'timeSkew'
>;

export type SessionState =
  | { status: 'checking' }
  /** `sessionEnded`: the identity provider refused a refresh; `unavailable`: it did not answer the check. */
  | { status: 'signed-out'; notice?: 'sessionEnded' | 'unavailable' }
  /** `refreshDelayed`: the token could not be renewed yet because the identity provider did not answer. */
  | { status: 'signed-in'; user: ConsoleUser; notice?: 'refreshDelayed' };

export interface ConsoleSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Checks silently whether the person is signed in (and finishes a sign-in the identity provider sent back). */
  start(): Promise<void>;
  /** Sends the tab to the identity provider, keeping the page the person is on. */
  signIn(locale: string): Promise<void>;
  signOut(): Promise<void>;
  /** A valid access token for the registry, renewed first when it is about to expire. */
  accessToken(): Promise<string>;
}

export interface ConsoleSessionOptions {
  /** The console's origin: the identity provider sends people back to its root. */
  origin: string;
  createKeycloak?: (auth: ConsoleConfig['auth']) => KeycloakClient;
  /** How long the silent check may take before the console offers to sign in instead. */
  timeoutMs?: number;
}

/** The token is renewed this long before it expires, so that no call goes out with one about to lapse. */
const refreshMarginSeconds = 30;
/** How soon a renewal is tried again after the identity provider did not answer. */
const refreshRetryMs = 10_000;
/** The shortest wait before a scheduled renewal, so that a token the clocks disagree about cannot loop. */
const refreshFloorMs = 5000;
/** keycloak-js's way of saying "renew now, however long the token still has". */
const renewNow = -1;

/** Thrown by `accessToken()` when nobody is signed in any more: the page shows the sign-in screen. */
export class SignedOutError extends Error {
  override readonly name = 'SignedOutError';
}

/**
 * Whether the identity provider refused the refresh (keycloak-js's error carries its answer: 400 `invalid_grant`
 * for a session that ended), rather than not answering.
 */
function refusedByIdentityProvider(error: unknown): boolean {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The console's sign-in: keycloak-js in the console's own page, client `bas-console`, code flow with PKCE S256.
 * Holding the tokens here is safe because this origin never runs agency code (its policy is `script-src 'self'`).
 */
export function createConsoleSession(
  auth: ConsoleConfig['auth'],
  options: ConsoleSessionOptions,
): ConsoleSession {
  const createKeycloak = options.createKeycloak ?? ((settings) => new Keycloak(settings));
  const client = createKeycloak(auth);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const listeners = new Set<() => void>();
  let state: SessionState = { status: 'checking' };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const end = (notice: 'sessionEnded') => {
    clearTimeout(refreshTimer);
    client.clearToken();
    set({ status: 'signed-out', notice });
  };

  const signedIn = (notice?: 'refreshDelayed') => {
    if (client.tokenParsed === undefined) return;
    set({ status: 'signed-in', user: toConsoleUser(client.tokenParsed), ...(notice ? { notice } : {}) });
  };

  /**
   * Renews the token ahead of its expiry, in the identity provider's time corrected by the measured skew. The timer
   * renews whatever is left: one that fires a little early would otherwise find the token still valid long enough,
   * keep it, and set itself again at once.
   */
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    const expires = client.tokenParsed?.exp;
    if (expires === undefined) return;
    const delay = (expires - refreshMarginSeconds + (client.timeSkew ?? 0)) * 1000 - Date.now();
    refreshTimer = setTimeout(
      () => void refresh(renewNow).catch(() => undefined),
      Math.max(refreshFloorMs, delay),
    );
  };

  async function refresh(minValidity = refreshMarginSeconds): Promise<string> {
    if (!client.authenticated) throw new SignedOutError('Nobody is signed in to the console: sign in first.');
    try {
      await client.updateToken(minValidity);
    } catch (error) {
      if (refusedByIdentityProvider(error)) {
        end('sessionEnded');
        throw new SignedOutError('Your session has ended: sign in again.');
      }
      // The identity provider did not answer: the session is not over. The person stays signed in, is told, and
      // the renewal is tried again; the token is used while it is still valid.
      if (state.status === 'signed-in' && state.notice === undefined) signedIn('refreshDelayed');
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refresh(renewNow).catch(() => undefined), refreshRetryMs);
      if (client.token === undefined || client.isTokenExpired(0)) {
        throw new Error(
          'The sign-in service cannot be reached to renew your session; the console keeps trying: try again in a moment.',
        );
      }
      return client.token;
    }
    if (state.status === 'signed-in' && state.notice !== undefined) signedIn();
    scheduleRefresh();
    if (client.token === undefined)
      throw new SignedOutError('Nobody is signed in to the console: sign in first.');
    return client.token;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start() {
      // Where third-party cookies are blocked, keycloak-js checks the session by sending the whole tab to the
      // identity provider, which returns to the root: the page is kept first, as for a sign-in.
      if (window.location.pathname !== '/') returnPath.keep(window.location);
      let authenticated: boolean;
      try {
        authenticated = await checkSso(client, {
          origin: options.origin,
          timeoutMs,
          redirectUri: `${options.origin}/`,
        });
      } catch {
        set({ status: 'signed-out', notice: 'unavailable' });
        return;
      }
      const kept = returnPath.take();
      if (!authenticated || client.tokenParsed === undefined) {
        set({ status: 'signed-out' });
        return;
      }
      // Back from the identity provider, which only returns to the root: on to the page the person wanted.
      if (kept !== undefined && window.location.pathname === '/') window.history.replaceState(null, '', kept);
      scheduleRefresh();
      signedIn();
    },

    async signIn(locale) {
      returnPath.keep(window.location);
      await client.login({ redirectUri: `${options.origin}/`, locale });
    },

    async signOut() {
      clearTimeout(refreshTimer);
      await client.logout({ redirectUri: `${options.origin}/` });
    },

    accessToken: () => refresh(),
  };
}
