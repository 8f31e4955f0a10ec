import type { AuthService } from '@bas/sdk';
import Keycloak, { type KeycloakConfig } from 'keycloak-js';
import type { AuthConfig } from '../config/loadShellConfig.ts';
import { withTimeout } from '../remotes/withTimeout.ts';
import { useSessionStore } from './sessionStore.ts';
import { createTabCoordinator, type TokenSet } from './createTabCoordinator.ts';
import { decodeJwtPayload } from './decodeJwtPayload.ts';
import { toUserProfile } from './toUserProfile.ts';

/** The part of keycloak-js the session uses; tests hand in a stand-in. */
export type KeycloakClient = Pick<
  Keycloak,
  | 'init'
  | 'login'
  | 'logout'
  | 'updateToken'
  | 'clearToken'
  | 'isTokenExpired'
  | 'token'
  | 'refreshToken'
  | 'idToken'
  | 'tokenParsed'
  | 'refreshTokenParsed'
  | 'idTokenParsed'
  | 'authenticated'
  | 'timeSkew'
>;

export interface SessionOptions {
  /** The shell's origin: where the identity provider sends people back. */
  origin: string;
  /** Moves the shell to a path (after signing in, back to where the person was). */
  navigate(path: string): void;
  /** How long check-sso may take before the portal carries on as anonymous and offers a retry. */
  timeoutMs?: number;
  createKeycloak?: (config: KeycloakConfig) => KeycloakClient;
}

export interface Session {
  /** What the SDK's auth service delegates to (see shellAuth). */
  auth: Pick<AuthService, 'getAccessToken' | 'login'>;
  /** check-sso, without blocking anything: the public portal is already on screen. */
  start(): Promise<void>;
  login(returnTo: string): Promise<void>;
  logout(): void;
}

const returnToKey = 'bas.returnTo';
const refreshMarginSeconds = 30;

/**
 * The shell's single-sign-on session over keycloak-js. The keycloak-js instance, the refresh token and the ID
 * token never leave this closure: remotes get `auth`, the UI gets the `useSessionStore` store.
 */
export function createSession(config: AuthConfig, options: SessionOptions): Session {
  const createKeycloak = options.createKeycloak ?? ((settings: KeycloakConfig) => new Keycloak(settings));
  let keycloak: KeycloakClient | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const signedIn = () => keycloak?.authenticated === true && keycloak.token !== undefined;

  function publish() {
    const claims = keycloak?.tokenParsed;
    const user = claims === undefined ? undefined : toUserProfile(claims);
    const current = useSessionStore.getState().user;
    // A refresh that changes nothing about the person keeps the same profile object, so nothing reloads.
    const same = current !== undefined && JSON.stringify(current) === JSON.stringify(user);
    useSessionStore.setState({ status: 'authenticated', user: same ? current : user, notice: null });
  }

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    const expires = keycloak?.tokenParsed?.exp;
    if (expires === undefined) return;
    // In the server's time, corrected by the skew keycloak-js measured between the two clocks.
    const skew = keycloak?.timeSkew ?? 0;
    const delay = Math.max(0, (expires - refreshMarginSeconds + skew) * 1000 - Date.now());
    refreshTimer = setTimeout(() => void refresh().catch(() => undefined), delay);
  }

  function endSession() {
    clearTimeout(refreshTimer);
    keycloak?.clearToken();
    useSessionStore.setState({ status: 'anonymous', user: undefined, notice: 'sessionEnded' });
  }

  const tabs = createTabCoordinator('bas-sso', (tokens: TokenSet) => {
    if (keycloak === undefined || !signedIn()) return;
    // Refreshes are serialised across tabs, so a broadcast set is the newest there is; iat has only second
    // resolution, hence "not older" rather than "newer".
    const incoming = decodeJwtPayload<{ iat?: number }>(tokens.refreshToken).iat ?? 0;
    if (tokens.refreshToken === keycloak.refreshToken || incoming < (keycloak.refreshTokenParsed?.iat ?? 0))
      return;
    // Another tab refreshed: its tokens replace ours, so this tab never spends a rotated refresh token.
    Object.assign(keycloak, {
      token: tokens.token,
      tokenParsed: decodeJwtPayload(tokens.token),
      refreshToken: tokens.refreshToken,
      refreshTokenParsed: decodeJwtPayload(tokens.refreshToken),
      ...(tokens.idToken === undefined
        ? {}
        : { idToken: tokens.idToken, idTokenParsed: decodeJwtPayload(tokens.idToken) }),
    });
    scheduleRefresh();
    publish();
  });

  async function refresh(): Promise<void> {
    await tabs.exclusive(async () => {
      // The tab that held the lock before may have just refreshed: its broadcast and this lock can arrive in either
      // order, so give the message a moment first. Spending a refresh token another tab already rotated would make
      // the identity provider revoke the whole session.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const client = keycloak;
      if (client === undefined || !signedIn() || !client.isTokenExpired(refreshMarginSeconds)) return;
      try {
        await client.updateToken(-1);
      } catch {
        // The session ended elsewhere (logout in another tab, expiry): say so, and stay on the page.
        endSession();
        return;
      }
      if (client.token !== undefined && client.refreshToken !== undefined) {
        tabs.share({ token: client.token, refreshToken: client.refreshToken, idToken: client.idToken });
      }
      scheduleRefresh();
      publish();
    });
  }

  // The check-sso in flight, if any: a login must not start while the silent iframe still talks to the identity
  // provider, or the two requests overwrite each other's login session there ("login attempt timed out").
  let starting: Promise<void> | undefined;

  function start(): Promise<void> {
    starting = check().finally(() => {
      starting = undefined;
    });
    return starting;
  }

  async function check(): Promise<void> {
    useSessionStore.setState({ status: 'checking', notice: null });
    const client = createKeycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
    keycloak = client;
    try {
      const authenticated = await withTimeout(
        () =>
          client.init({
            onLoad: 'check-sso',
            pkceMethod: 'S256',
            checkLoginIframe: false,
            silentCheckSsoRedirectUri: `${options.origin}/silent-check-sso.html`,
            messageReceiveTimeout: options.timeoutMs ?? 8000,
          }),
        options.timeoutMs ?? 8000,
        () => new Error('the identity provider did not answer in time'),
      );
      if (!authenticated) {
        useSessionStore.setState({ status: 'anonymous', user: undefined });
        return;
      }
      publish();
      scheduleRefresh();
      const returnTo = sessionStorage.getItem(returnToKey);
      sessionStorage.removeItem(returnToKey);
      if (returnTo !== null && returnTo.startsWith('/') && !returnTo.startsWith('//'))
        options.navigate(returnTo);
    } catch {
      keycloak = undefined;
      useSessionStore.setState({ status: 'unavailable', user: undefined, notice: 'idpUnavailable' });
    }
  }

  async function reachable(): Promise<boolean> {
    const discovery = `${config.url}/realms/${config.realm}/.well-known/openid-configuration`;
    return fetch(discovery, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    );
  }

  async function login(returnTo: string): Promise<void> {
    if (starting !== undefined) await starting;
    if (keycloak === undefined) await start();
    if (keycloak === undefined || !(await reachable())) {
      useSessionStore.setState({ status: 'unavailable', notice: 'idpUnavailable' });
      return;
    }
    sessionStorage.setItem(returnToKey, returnTo);
    await keycloak.login({ redirectUri: `${options.origin}/` });
  }

  const auth: Pick<AuthService, 'getAccessToken' | 'login'> = {
    async getAccessToken() {
      if (!signedIn()) return undefined;
      if (keycloak?.isTokenExpired(refreshMarginSeconds) === true) await refresh();
      return signedIn() ? keycloak?.token : undefined;
    },
    login: () => void login(window.location.pathname + window.location.search),
  };

  return {
    auth,
    start,
    login,
    logout() {
      clearTimeout(refreshTimer);
      void keycloak?.logout({ redirectUri: `${options.origin}/` });
    },
  };
}
