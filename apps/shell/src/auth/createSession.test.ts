import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from './sessionStore.ts';
import { createSession, type KeycloakClient } from './createSession.ts';
import { attachSession, shellAuth } from './shellAuth.ts';

const config = { url: 'http://idp.test', realm: 'bas', clientId: 'bas-shell' };

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

const now = () => Math.floor(Date.now() / 1000);
const accessClaims = () => ({
  sub: 'u-1',
  preferred_username: 'asn.disdukcapil',
  name: 'Budi Santoso',
  realm_access: { roles: ['asn'] },
  agency: 'disdukcapil',
  iat: now(),
  exp: now() + 300,
});
const REFRESH_TOKEN = jwt({ typ: 'Refresh', iat: now(), exp: now() + 1800, secret: 'refresh-secret' });
const ID_TOKEN = jwt({ typ: 'ID', sub: 'u-1', secret: 'id-secret' });

/** keycloak-js as the session sees it, signed in after check-sso. */
function signedInKeycloak(overrides: Partial<KeycloakClient> = {}): KeycloakClient {
  const claims = accessClaims();
  const client = {
    authenticated: true,
    token: jwt(claims),
    tokenParsed: claims,
    refreshToken: REFRESH_TOKEN,
    refreshTokenParsed: { iat: now() },
    idToken: ID_TOKEN,
    timeSkew: 0,
    init: vi.fn(() => Promise.resolve(true)),
    login: vi.fn(() => Promise.resolve()),
    logout: vi.fn(() => Promise.resolve()),
    updateToken: vi.fn(() => Promise.resolve(true)),
    clearToken: vi.fn(() => {
      client.authenticated = false;
      delete (client as Partial<KeycloakClient>).token;
    }),
    isTokenExpired: vi.fn(() => false),
    ...overrides,
  };
  return client as unknown as KeycloakClient;
}

/** Every value reachable from `root` through properties and through calling the no-argument functions on it. */
async function reachable(root: unknown): Promise<unknown[]> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  while (queue.length > 0) {
    const value = queue.shift();
    if (seen.has(value) || value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      seen.add(value);
      continue;
    }
    seen.add(value);
    for (const key of Reflect.ownKeys(value as object)) {
      queue.push((value as Record<PropertyKey, unknown>)[key]);
    }
    if (typeof value === 'function' && value.length === 0 && !['login', 'logout'].includes(value.name)) {
      const result: unknown = value();
      queue.push(result instanceof Promise ? await result : result);
    }
  }
  return [...seen];
}

beforeEach(() => {
  useSessionStore.setState({ status: 'checking', user: undefined, notice: null });
  sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('createSession', () => {
  it('publishes the signed-in person from check-sso, and sends them back where they were', async () => {
    const navigate = vi.fn();
    sessionStorage.setItem('bas.returnTo', '/ruang-kerja');
    const keycloak = signedInKeycloak();
    await createSession(config, {
      origin: 'http://portal.test',
      navigate,
      createKeycloak: () => keycloak,
    }).start();
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        silentCheckSsoRedirectUri: 'http://portal.test/silent-check-sso.html',
      }),
    );
    expect(useSessionStore.getState()).toMatchObject({
      status: 'authenticated',
      user: { username: 'asn.disdukcapil', name: 'Budi Santoso', roles: ['asn'], agency: 'disdukcapil' },
    });
    expect(navigate).toHaveBeenCalledWith('/ruang-kerja');
  });

  it('gives remotes an access token and a profile, never the refresh token, the ID token or keycloak-js', async () => {
    const keycloak = signedInKeycloak();
    const session = createSession(config, {
      origin: 'http://portal.test',
      navigate: vi.fn(),
      createKeycloak: () => keycloak,
    });
    attachSession(session);
    await session.start();
    expect(await shellAuth.getAccessToken()).toBe(keycloak.token);
    const values = await reachable(shellAuth);
    expect(values).not.toContain(keycloak);
    const strings = values.filter((value): value is string => typeof value === 'string');
    expect(strings.some((value) => value.includes(REFRESH_TOKEN) || value.includes(ID_TOKEN))).toBe(false);
    expect(JSON.stringify(shellAuth.getUser())).not.toMatch(/secret|refresh/i);
  });

  it('carries on as anonymous, saying sign-in is unavailable, when the identity provider does not answer', async () => {
    const keycloak = signedInKeycloak({ init: vi.fn(() => new Promise<boolean>(() => {})) });
    vi.useFakeTimers();
    const started = createSession(config, {
      origin: 'http://portal.test',
      navigate: vi.fn(),
      timeoutMs: 1000,
      createKeycloak: () => keycloak,
    }).start();
    await vi.advanceTimersByTimeAsync(1000);
    await started;
    expect(useSessionStore.getState()).toMatchObject({ status: 'unavailable', notice: 'idpUnavailable' });
  });

  it('ends the session with a notice, and no redirect, when a refresh is refused', async () => {
    const keycloak = signedInKeycloak({
      isTokenExpired: vi.fn(() => true),
      updateToken: vi.fn(() => Promise.reject(new Error('invalid_grant'))),
    });
    const session = createSession(config, {
      origin: 'http://portal.test',
      navigate: vi.fn(),
      createKeycloak: () => keycloak,
    });
    await session.start();
    expect(await session.auth.getAccessToken()).toBeUndefined();
    expect(useSessionStore.getState()).toMatchObject({
      status: 'anonymous',
      user: undefined,
      notice: 'sessionEnded',
    });
    expect(keycloak.login).not.toHaveBeenCalled();
  });
});
