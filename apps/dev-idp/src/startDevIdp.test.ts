import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRealm } from './loadRealm.ts';
import { startDevIdp, type DevIdp } from './startDevIdp.ts';

const realmFile = fileURLToPath(new URL('../../../infra/keycloak/realm-bas.json', import.meta.url));
const overlayFile = fileURLToPath(new URL('../../../infra/keycloak/realm-bas.dev.json', import.meta.url));
let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ realmFile, overlayFile, port: 0 });
});
afterAll(() => idp.close());

describe('loadRealm', () => {
  it('holds no user in the realm a production Keycloak imports', () => {
    expect(loadRealm(realmFile).users).toEqual([]);
  });

  it('reads the demo users, their roles and agencies from the development overlay, and the shell client', () => {
    const realm = loadRealm(realmFile, [overlayFile]);
    expect(realm.users.map((user) => [user.username, user.roles, user.agency])).toEqual([
      ['warga', ['warga'], undefined],
      ['asn.disdukcapil', ['asn'], 'disdukcapil'],
      ['asn.bkpsdm', ['asn'], 'bkpsdm'],
      ['dev.disdukcapil', ['developer'], 'disdukcapil'],
      ['admin', ['admin', 'asn'], 'diskominfo'],
    ]);
    expect(realm.clients).toMatchObject([
      {
        clientId: 'bas-shell',
        standardFlow: true,
        deviceGrant: false,
        audiences: ['bas-registry', 'bas-portal'],
        redirectUris: expect.arrayContaining(['http://127.0.0.1:4110/callback.html']),
      },
      {
        clientId: 'bas-portal',
        secret: 'bas-portal-dev-secret',
        tokenExchange: true,
        accessTokenLifespan: 120,
      },
      {
        clientId: 'bas-console',
        standardFlow: true,
        deviceGrant: false,
        audiences: ['bas-registry'],
        roleScope: ['admin', 'developer'],
        redirectUris: expect.arrayContaining(['http://127.0.0.1:4130/']),
      },
      { clientId: 'bas-cli', standardFlow: false, deviceGrant: true, audiences: ['bas-registry'] },
    ]);
    expect(realm.accessTokenLifespan).toBe(300);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadRealm('/nonexistent/realm.json')).toThrow('/nonexistent/realm.json could not be read');
  });
});

describe('startDevIdp', () => {
  it('refuses to listen beyond loopback, or to start in production, saying what to use instead', async () => {
    await expect(startDevIdp({ realmFile, overlayFile, port: 0, host: '0.0.0.0' })).rejects.toThrow(
      'listens on loopback only, not on 0.0.0.0. To serve others, use a real Keycloak (BAS_AUTH_URL).',
    );
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(startDevIdp({ realmFile, overlayFile, port: 0 })).rejects.toThrow(
        'the development identity provider never runs in production',
      );
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });

  it('serves discovery and keys at Keycloak’s paths', async () => {
    const discovery = (await (
      await fetch(`${idp.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery.token_endpoint).toBe(`${idp.issuer}/protocol/openid-connect/token`);
    expect(discovery.jwks_uri).toBe(`${idp.issuer}/protocol/openid-connect/certs`);
    const jwks = (await (await fetch(discovery.jwks_uri ?? '')).json()) as { keys: Array<{ alg: string }> };
    expect(jwks.keys).toMatchObject([{ alg: 'RS256' }]);
  });

  it('shows a sign-in page marked as development-only, and refuses a wrong password', async () => {
    const authorize = new URL(`${idp.issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'bas-shell',
      redirect_uri: 'http://127.0.0.1:4110/callback.html',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const start = await fetch(authorize, { redirect: 'manual' });
    const login = new URL(start.headers.get('location') ?? '', idp.url);
    const cookies = start.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    const page = await (await fetch(login, { headers: { cookie: cookies } })).text();
    expect(page).toContain('Penyedia identitas PENGEMBANGAN');
    const refused = await fetch(login, {
      method: 'POST',
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=warga&password=salah',
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Nama pengguna atau kata sandi salah.');

    // In the language the portal asks for (ui_locales), as Keycloak does.
    authorize.searchParams.set('ui_locales', 'en');
    const english = await fetch(authorize, { redirect: 'manual' });
    const englishPage = await (
      await fetch(new URL(english.headers.get('location') ?? '', idp.url), {
        headers: {
          cookie: english.headers
            .getSetCookie()
            .map((cookie) => cookie.split(';')[0])
            .join('; '),
        },
      })
    ).text();
    expect(englishPage).toContain('<h1>Sign in to BAS</h1>');
  });

  it('allows credentialed CORS to the realm’s web origins only', async () => {
    const token = `${idp.issuer}/protocol/openid-connect/token`;
    const allowed = await fetch(token, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:4110' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4110');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    // The portal's own origin runs agency code: it may not call the token endpoint, only the auth origin may.
    for (const origin of ['http://evil.test', 'http://127.0.0.1:4100']) {
      const other = await fetch(token, { method: 'OPTIONS', headers: { origin } });
      expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('refuses a token request larger than 64 KB with a 413 that says why', async () => {
    const answer = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=refresh_token&refresh_token=${'a'.repeat(100 * 1024)}`,
    });
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringContaining('larger than 64 KB') as unknown,
    });
  });

  it('gives the CLI a device code to sign in with, and the portal client none', async () => {
    const deviceEndpoint = `${idp.issuer}/protocol/openid-connect/auth/device`;
    const ask = (clientId: string) =>
      fetch(deviceEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: clientId, scope: 'openid' }),
      });
    const granted = (await (await ask('bas-cli')).json()) as Record<string, string>;
    expect(granted.verification_uri).toBe(`${idp.issuer}/device`);
    expect(granted.user_code).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    // The consent page names the program that asks and where it will act, with the code to compare.
    // The link the terminal prints lands on a form that posts the code on; the answer is the consent page.
    const landing = await fetch(granted.verification_uri_complete ?? '');
    const page = await landing.text();
    const action = /action="([^"]+)"/.exec(page)?.[1] ?? '';
    const fields = [...page.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(
      ([, name = '', value = '']): [string, string] => [name, value],
    );
    const consent = await (
      await fetch(new URL(action, idp.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: landing.headers
            .getSetCookie()
            .map((cookie) => cookie.split(';')[0])
            .join('; '),
        },
        body: new URLSearchParams(fields),
      })
    ).text();
    // In one language, Bahasa Indonesia as the portal starts, with the portal's switch to English.
    expect(consent).toContain('<h1>Izinkan bas-remote, the BAS developer CLI?</h1>');
    expect(consent).not.toContain('Allow');
    expect(consent).toMatch(/<a href="[^"]*lang=en" lang="en">EN<\/a>/);
    expect(consent).toContain(`href="/realms/bas/device?user_code=${granted.user_code}&#38;lang=en"`);
    const switched = await fetch(`${granted.verification_uri_complete ?? ''}&lang=en`);
    expect(switched.headers.getSetCookie().join()).toContain('bas-idp-lang=en');
    const typed = await (
      await fetch(`${idp.issuer}/device`, { headers: { cookie: 'bas-idp-lang=en' } })
    ).text();
    expect(typed).toContain('<html lang="en">');
    expect(typed).toContain('Enter the code from your terminal');
    expect(typed).not.toContain('Masukkan');
    expect(consent).toContain(idp.issuer);
    expect(consent).toContain(granted.user_code);
    const pending = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: 'bas-cli',
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: granted.device_code ?? '',
      }),
    });
    expect(await pending.json()).toMatchObject({ error: 'authorization_pending' });
    const refused = await ask('bas-shell');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_request' });
  });
});

/** Signs `username` in to the portal's client the way a browser would (code flow with PKCE), for its tokens. */
async function portalTokens(username: string): Promise<{ access_token: string; refresh_token: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = 'http://127.0.0.1:4110/callback.html';
  const authorize = new URL(`${idp.issuer}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'bas-shell',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const jar = new Map<string, string>();
  const visit = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      jar.set(name, value);
    }
    return response;
  };
  const login = new URL((await visit(authorize)).headers.get('location') ?? '', idp.url);
  let next = await visit(login, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: 'bas-demo' }),
  });
  while (!(next.headers.get('location') ?? '').startsWith(redirectUri)) {
    next = await visit(new URL(next.headers.get('location') ?? '', idp.url));
  }
  const code = new URL(next.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const tokens = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'bas-shell',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  return (await tokens.json()) as { access_token: string; refresh_token: string };
}

function exchange(subjectToken: string, audience: string, secret = 'bas-portal-dev-secret') {
  return fetch(`${idp.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`bas-portal:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: subjectToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience,
    }),
  });
}

describe('token exchange (RFC 8693), as Keycloak 26 does it', () => {
  it('gives the portal server a short-lived token for one agency API, with portal roles only', async () => {
    const { access_token: portalToken } = await portalTokens('admin');
    expect(decodeJwt(portalToken)).toMatchObject({ aud: ['bas-registry', 'bas-portal'], azp: 'bas-shell' });
    const answer = await exchange(portalToken, 'api-disdukcapil');
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('refresh_token');
    const claims = decodeJwt(String(body.access_token));
    expect(claims).toMatchObject({
      aud: 'api-disdukcapil',
      azp: 'bas-portal',
      sub: 'admin',
      iss: idp.issuer,
      realm_access: { roles: ['asn'] },
      agency: 'diskominfo',
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(120);
  });

  it('refuses an audience the portal server may not ask for, a wrong secret, and a token not meant for it', async () => {
    const { access_token: portalToken } = await portalTokens('warga');
    const registry = await exchange(portalToken, 'bas-registry');
    expect(registry.status).toBe(400);
    expect(await registry.json()).toMatchObject({
      error: 'invalid_request',
      error_description: 'Requested audience not available: bas-registry',
    });
    expect((await exchange(portalToken, 'api-dinkes', 'wrong')).status).toBe(401);
    const exchanged = (await (await exchange(portalToken, 'api-dinkes')).json()) as { access_token: string };
    const again = await exchange(exchanged.access_token, 'api-disdukcapil');
    expect(await again.json()).toMatchObject({ error: 'access_denied' });
  });
});
