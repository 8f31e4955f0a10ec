import type { SessionState } from '@bas/auth-bridge';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameSession, type KeycloakClient } from './createFrameSession.ts';
import { catalogCopy } from './catalogCopy.ts';
import { tabBinding } from './tabBinding.ts';

const config = {
  auth: { url: 'http://idp.test', realm: 'bas', clientId: 'bas-shell' },
  portalOrigins: ['http://portal.test'],
};
const now = () => Math.floor(Date.now() / 1000);

/** keycloak-js as the frame sees it, signed in after check-sso. */
function signedInKeycloak(overrides: Partial<KeycloakClient> = {}): KeycloakClient {
  const client = {
    authenticated: true,
    token: 'portal-token',
    tokenParsed: {
      preferred_username: 'asn.disdukcapil',
      name: 'Budi Santoso',
      realm_access: { roles: ['asn'] },
      agency: 'disdukcapil',
      exp: now() + 300,
    },
    timeSkew: 0,
    init: vi.fn(() => Promise.resolve(true)),
    createLoginUrl: vi.fn((options?: { redirectUri?: string }) =>
      Promise.resolve(`http://idp.test/auth?redirect_uri=${options?.redirectUri ?? ''}`),
    ),
    updateToken: vi.fn(() => Promise.resolve(false)),
    isTokenExpired: vi.fn(() => false),
    clearToken: vi.fn(() => {
      client.authenticated = false;
    }),
    ...overrides,
  };
  return client as unknown as KeycloakClient;
}

/** The auth origin's server: every exchange is recorded and answered with a token naming the audience. */
function exchangeServer() {
  const calls: Array<{ authorization: string | null; body: unknown }> = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = JSON.parse(String(init?.body)) as { agency: string };
    calls.push({ authorization: headers.get('authorization'), body });
    return Promise.resolve(Response.json({ access_token: `token-for-${body.agency}`, expires_in: 120 }));
  });
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

function session(keycloak: KeycloakClient, server = exchangeServer(), announce = vi.fn()) {
  const handlers = createFrameSession(config, {
    origin: 'http://auth.test',
    portalOrigin: 'http://portal.test',
    announce,
    createKeycloak: () => keycloak,
    fetch: server.fetch,
    timeoutMs: 1000,
  });
  return { handlers, server, announce };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  vi.useRealTimers();
});

/** The registry's catalog under `etag`, a 304 to a request that holds it: what each request asked with. */
function catalogAt(etag: string, body: unknown) {
  const asked: Array<string | null> = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    // The copy is the anonymous catalog's, fetched without the person's token.
    expect(headers.has('authorization')).toBe(false);
    asked.push(headers.get('if-none-match'));
    return Promise.resolve(
      headers.get('if-none-match') === etag
        ? new Response(null, { status: 304 })
        : Response.json(body, { headers: { etag } }),
    );
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, asked };
}

/** The frame for a visitor nobody is signed in as, its registry `fetch`. */
const visitorFrame = (fetch: typeof globalThis.fetch) =>
  createFrameSession(config, {
    origin: 'http://auth.test',
    portalOrigin: 'http://portal.test',
    announce: vi.fn(),
    createKeycloak: () => signedInKeycloak({ init: vi.fn(() => Promise.resolve(false)) }),
    fetch,
  });

describe('createFrameSession', () => {
  it('checks the session silently and tells the page who is signed in, with no token in it', async () => {
    const keycloak = signedInKeycloak();
    const { handlers } = session(keycloak);
    const state = await handlers.session({});
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        silentCheckSsoRedirectUri: 'http://auth.test/silent-check-sso.html',
      }),
    );
    expect(state).toEqual({
      status: 'authenticated',
      user: { username: 'asn.disdukcapil', name: 'Budi Santoso', roles: ['asn'], agency: 'disdukcapil' },
    });
    expect(JSON.stringify(state)).not.toContain('portal-token');
  });

  it("hands out the bound agency's exchanged token only, never the portal's own", async () => {
    const { handlers, server } = session(signedInKeycloak());
    await expect(handlers.bind({ agency: 'disdukcapil' })).resolves.toEqual({ bound: true });
    await expect(handlers.token({ agency: 'disdukcapil' })).resolves.toEqual({
      token: 'token-for-disdukcapil',
    });
    expect(server.calls).toEqual([{ authorization: 'Bearer portal-token', body: { agency: 'disdukcapil' } }]);
    // Asked again within its lifetime, the same token comes from memory.
    await handlers.token({ agency: 'disdukcapil' });
    expect(server.calls).toHaveLength(1);
    await expect(handlers.bind({ agency: 'dinkes' })).resolves.toEqual({ bound: false });
    await expect(handlers.token({ agency: 'dinkes' })).rejects.toThrow("this tab runs another agency's app");
    expect(server.calls).toHaveLength(1);
  });

  it('keeps the binding for every frame of the tab until the switch page clears it', async () => {
    await session(signedInKeycloak()).handlers.bind({ agency: 'disdukcapil' });
    // A second frame a script of the page opened in the same tab is bound all the same.
    const second = session(signedInKeycloak()).handlers;
    await expect(second.token({ agency: 'dinkes' })).rejects.toThrow("this tab runs another agency's app");
    tabBinding.clear();
    await expect(second.bind({ agency: 'dinkes' })).resolves.toEqual({ bound: true });
  });

  it('gives no token to anybody while nobody is signed in', async () => {
    const { handlers, server } = session(signedInKeycloak({ init: vi.fn(() => Promise.resolve(false)) }));
    await handlers.bind({ agency: 'disdukcapil' });
    await expect(handlers.token({ agency: 'disdukcapil' })).resolves.toEqual({});
    expect(server.calls).toHaveLength(0);
  });

  it('ends the session with a notice when a refresh is refused, and tells the page', async () => {
    // keycloak-js's NetworkError: the identity provider answered 400 invalid_grant.
    const refused = Object.assign(new Error('Server responded with an invalid status.'), {
      response: new Response('{"error":"invalid_grant"}', { status: 400 }),
    });
    const keycloak = signedInKeycloak({
      updateToken: vi.fn(() => Promise.reject(refused)),
    });
    const { handlers, announce } = session(keycloak);
    await handlers.bind({ agency: 'disdukcapil' });
    await expect(handlers.token({ agency: 'disdukcapil' })).resolves.toEqual({});
    expect(announce).toHaveBeenCalledWith({
      status: 'anonymous',
      notice: 'sessionEnded',
    } satisfies SessionState);
    await expect(handlers.session({})).resolves.toMatchObject({ status: 'anonymous' });
  });

  it('keeps the person signed in when the identity provider does not answer a refresh, and tries again', async () => {
    vi.useFakeTimers();
    try {
      const updateToken = vi
        .fn<KeycloakClient['updateToken']>()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockRejectedValueOnce(
          Object.assign(new Error('Server responded with an invalid status.'), {
            response: new Response('Bad Gateway', { status: 502 }),
          }),
        )
        .mockResolvedValue(true);
      const { handlers, announce } = session(signedInKeycloak({ updateToken }));
      await handlers.bind({ agency: 'disdukcapil' });
      // The token still valid is given while the refresh waits.
      await expect(handlers.token({ agency: 'disdukcapil' })).resolves.toEqual({
        token: 'token-for-disdukcapil',
      });
      expect(announce).toHaveBeenCalledTimes(1);
      expect(announce).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'authenticated', notice: 'refreshDelayed' }),
      );
      await vi.advanceTimersByTimeAsync(10_000);
      expect(updateToken).toHaveBeenCalledTimes(2);
      expect(announce).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(updateToken).toHaveBeenCalledTimes(3);
      expect(announce).toHaveBeenLastCalledWith(
        expect.not.objectContaining({ notice: expect.anything() as unknown }),
      );
      expect(announce).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'authenticated' }));
      await expect(handlers.session({})).resolves.toMatchObject({ status: 'authenticated' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps its own copy of the catalog it fetched, public entries only, for when the registry is down', async () => {
    const entries = [
      { id: 'pengumuman', role: 'public' },
      { id: 'simpeg', role: 'internal' },
    ];
    const { fetch, asked } = catalogAt('"c1"', { entries });
    const handlers = visitorFrame(fetch);
    await expect(handlers.catalogCopy({})).resolves.toEqual({});
    vi.useFakeTimers({ now: Date.parse('2026-12-04T08:00:00.000Z'), toFake: ['Date'] });
    await handlers.refreshCatalogCopy({});
    await expect(handlers.catalogCopy({})).resolves.toEqual({
      savedAt: '2026-12-04T08:00:00.000Z',
      entries: [{ id: 'pengumuman', role: 'public' }],
    });
    // Each page opened later revalidates it: an unchanged catalog is a 304, and the copy is as of then.
    vi.setSystemTime(Date.parse('2026-12-04T08:05:00.000Z'));
    await handlers.refreshCatalogCopy({});
    expect(asked).toEqual([null, '"c1"']);
    await expect(handlers.catalogCopy({})).resolves.toEqual({
      savedAt: '2026-12-04T08:05:00.000Z',
      entries: [{ id: 'pengumuman', role: 'public' }],
    });
  });

  it("keeps the copy it has when a person's catalog cannot be stored", async () => {
    const handlers = visitorFrame(
      catalogAt('"k1"', { entries: [{ id: 'pengumuman', role: 'public' }] }).fetch,
    );
    await handlers.refreshCatalogCopy({});
    const kept = await handlers.catalogCopy({});
    const setItem = localStorage.setItem.bind(localStorage);
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
      if (key === 'bas.catalog') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(key, value);
    });
    try {
      catalogCopy.keep({ entries: [{ id: 'cek-izin', role: 'public' }] });
    } finally {
      full.mockRestore();
    }
    await expect(handlers.catalogCopy({})).resolves.toEqual(kept);
  });

  it('keeps only the ETag of a catalog too large for its storage, so an unchanged one is not fetched whole again', async () => {
    // A national catalog: more than the 5 MB a browser lets an origin store.
    const entries = Array.from({ length: 30_000 }, (_, index) => ({
      id: `layanan-${index}`,
      role: 'public',
      description: 'Layanan pemerintah daerah untuk warga, '.repeat(4),
    }));
    const { fetch, asked } = catalogAt('"n1"', { entries });
    const handlers = visitorFrame(fetch);
    // As a browser does (the test DOM's storage has no limit).
    const setItem = localStorage.setItem.bind(localStorage);
    const quota = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
      if (value.length > 5_000_000)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(key, value);
    });
    try {
      await handlers.refreshCatalogCopy({});
      await handlers.refreshCatalogCopy({});
    } finally {
      quota.mockRestore();
    }
    expect(asked).toEqual([null, '"n1"']);
    await expect(handlers.catalogCopy({})).resolves.toEqual({});
  });

  it("sends the page's telemetry batches with the portal's token, which the page never sees", async () => {
    const posted: Array<{ url: string; authorization: string | null }> = [];
    const registry = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
      posted.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization') });
      return Promise.resolve(new Response(null, { status: 202 }));
    });
    const handlers = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    const body = { samples: [{ appId: 'simpeg', metric: 'open', outcome: 'mounted', ms: 90 }] };
    await expect(handlers.telemetry({ path: '/api/rum', body })).resolves.toEqual({});
    expect(posted).toEqual([{ url: '/rum', authorization: 'Bearer portal-token' }]);
  });

  it("sends from a tab an agency's code ran in only that agency's and public apps' figures, never another's", async () => {
    const catalog = {
      entries: [
        { id: 'dokumen-kependudukan', agency: 'disdukcapil', role: 'internal' },
        { id: 'simpeg', agency: 'bkpsdm', role: 'internal' },
        { id: 'pengumuman', agency: 'diskominfo', role: 'public' },
      ],
    };
    const posted: unknown[] = [];
    const catalogReads: Array<string | null> = [];
    const registry = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url) === '/manifest') {
        catalogReads.push(new Headers(init?.headers).get('authorization'));
        return Promise.resolve(Response.json(catalog));
      }
      posted.push({ url: String(url), body: JSON.parse(String(init?.body)) as unknown });
      return Promise.resolve(new Response(null, { status: 202 }));
    });
    const handlers = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    await handlers.bind({ agency: 'disdukcapil' });
    // Disdukcapil's code, holding the page's port, reports failed openings of BKPSDM's internal app, which the
    // person may open: with the person's token the registry would count them against BKPSDM's objective.
    const failed = (appId: string) => ({
      appId,
      metric: 'open',
      outcome: 'failed',
      cause: 'integrity',
      ms: 4,
    });
    const batch = {
      samples: [failed('simpeg'), failed('dokumen-kependudukan'), failed('pengumuman'), failed('tak-ada')],
    };
    await expect(handlers.telemetry({ path: '/api/rum', body: batch })).resolves.toEqual({});
    await expect(
      handlers.telemetry({
        path: '/api/telemetry',
        body: { records: [{ appId: 'simpeg', kind: 'error', name: 'crashed' }] },
      }),
    ).resolves.toEqual({});
    expect(posted).toEqual([
      { url: '/rum', body: { samples: [failed('dokumen-kependudukan'), failed('pengumuman')] } },
    ]);
    // The frame read the catalog itself, once, with the person's token.
    expect(catalogReads).toEqual(['Bearer portal-token']);
    // A frame the code opened itself in the same tab is bound all the same.
    const second = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    await expect(
      second.telemetry({ path: '/api/rum', body: { samples: [failed('simpeg')] } }),
    ).resolves.toEqual({});
    expect(posted).toHaveLength(1);
  });

  it("checks a bound tab's batches against the catalog the page had it fetch, and says when it has none", async () => {
    let catalogAnswer: Response = Response.json({
      entries: [{ id: 'dokumen-kependudukan', agency: 'disdukcapil', role: 'internal' }],
    });
    const urls: string[] = [];
    const registry = vi.fn((url: RequestInfo | URL) => {
      urls.push(String(url));
      return Promise.resolve(
        String(url) === '/manifest' ? catalogAnswer : new Response(null, { status: 202 }),
      );
    });
    const handlers = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    await handlers.manifest({});
    // A later answer that changed nothing (304, no body) leaves the catalog the frame has.
    catalogAnswer = new Response(null, { status: 304 });
    await handlers.manifest({ etag: '"c1"' });
    await handlers.bind({ agency: 'disdukcapil' });
    const mounted = {
      samples: [{ appId: 'dokumen-kependudukan', metric: 'open', outcome: 'mounted', ms: 80 }],
    };
    await handlers.telemetry({ path: '/api/rum', body: mounted });
    expect(urls).toEqual(['/manifest', '/manifest', '/rum']);

    // Without a catalog it can read, a bound tab's batch is not sent, and the next one reads it again.
    const fresh = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    catalogAnswer = new Response(null, { status: 503 });
    await expect(fresh.telemetry({ path: '/api/rum', body: mounted })).rejects.toThrow(
      'the batch is not sent: the frame could not read the catalog that says whose apps it names (the catalog answered HTTP 503)',
    );
    catalogAnswer = Response.json({ entries: [{ id: 'dokumen-kependudukan', agency: 'disdukcapil' }] });
    await expect(fresh.telemetry({ path: '/api/rum', body: mounted })).resolves.toEqual({});
    expect(urls.slice(3)).toEqual(['/manifest', '/manifest', '/rum']);
  });

  it("reports a request as the tab's agency only, and reads only that agency's requests once its code ran", async () => {
    const calls: Array<{ url: string; method: string; authorization: string | null; body: unknown }> = [];
    const registry = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({
        url: String(url),
        method: init?.method ?? 'GET',
        authorization: new Headers(init?.headers).get('authorization'),
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
      });
      if (init?.method === 'PUT' && String(url).endsWith('/bad')) {
        return Promise.resolve(
          Response.json({ message: 'body.link: must be a path inside the app' }, { status: 400 }),
        );
      }
      return Promise.resolve(
        init?.method === 'PUT' ? new Response(null, { status: 204 }) : Response.json({ requests: [] }),
      );
    });
    const handlers = createFrameSession(config, {
      origin: 'http://auth.test',
      portalOrigin: 'http://portal.test',
      announce: vi.fn(),
      createKeycloak: () => signedInKeycloak(),
      fetch: registry as unknown as typeof fetch,
    });
    const report = { id: 'KK-1', title: 'KK', status: 'Diajukan', steps: [], link: 'status/KK-1' };
    // Before any agency's code ran in the tab, nothing reports, and the person's whole list is read.
    await expect(
      handlers.reportRequest({ agency: 'disdukcapil', appId: 'dokumen-kependudukan', request: report }),
    ).rejects.toThrow("this tab does not run disdukcapil's app");
    await expect(handlers.requests({})).resolves.toEqual({ status: 200, body: { requests: [] } });
    expect(calls.at(-1)).toMatchObject({ url: '/me/requests', method: 'GET' });
    await handlers.bind({ agency: 'disdukcapil' });
    await expect(
      handlers.reportRequest({ agency: 'dinkes', appId: 'rs-online', request: report }),
    ).rejects.toThrow("this tab does not run dinkes's app");
    await expect(
      handlers.reportRequest({ agency: 'disdukcapil', appId: 'dokumen-kependudukan', request: report }),
    ).resolves.toEqual({});
    await expect(
      handlers.reportRequest({
        agency: 'disdukcapil',
        appId: 'dokumen-kependudukan',
        request: { ...report, id: 'bad' },
      }),
    ).rejects.toThrow('body.link: must be a path inside the app');
    await expect(handlers.requests({})).resolves.toEqual({ status: 200, body: { requests: [] } });
    expect(calls.slice(1, 2)).toEqual([
      {
        url: '/me/agencies/disdukcapil/requests/dokumen-kependudukan/KK-1',
        method: 'PUT',
        authorization: 'Bearer portal-token',
        body: { title: 'KK', status: 'Diajukan', steps: [], link: 'status/KK-1' },
      },
    ]);
    expect(calls.at(-1)).toMatchObject({
      url: '/me/agencies/disdukcapil/requests',
      method: 'GET',
      authorization: 'Bearer portal-token',
    });
  });

  it('says the identity provider is unavailable when check-sso does not answer', async () => {
    vi.useFakeTimers();
    const { handlers } = session(signedInKeycloak({ init: vi.fn(() => new Promise<boolean>(() => {})) }));
    const state = handlers.session({});
    await vi.advanceTimersByTimeAsync(1000);
    await expect(state).resolves.toEqual({ status: 'unavailable', notice: 'idpUnavailable' });
  });

  it('sends sign-in back through this origin and remembers where on the portal to return', async () => {
    const { handlers } = session(signedInKeycloak());
    await expect(handlers.login({ returnTo: '/ruang-kerja' })).resolves.toEqual({
      url: 'http://idp.test/auth?redirect_uri=http://auth.test/callback.html',
    });
    expect(sessionStorage.getItem('bas.returnTo')).toBe('http://portal.test/ruang-kerja');
    await expect(handlers.login({ returnTo: '//evil.test/' })).rejects.toThrow('returnTo must be a path');
  });

  it('asks the identity provider for the sign-in page in the portal language, and only in one of its two', async () => {
    const keycloak = signedInKeycloak();
    const { handlers } = session(keycloak);
    await handlers.login({ returnTo: '/', locale: 'en' });
    expect(keycloak.createLoginUrl).toHaveBeenLastCalledWith({
      redirectUri: 'http://auth.test/callback.html',
      locale: 'en',
    });
    await handlers.login({ returnTo: '/', locale: 'fr' as 'en' });
    expect(keycloak.createLoginUrl).toHaveBeenLastCalledWith({
      redirectUri: 'http://auth.test/callback.html',
    });
  });

  it('signs out through the sign-out page as the whole tab, handing the page no token', async () => {
    const { handlers } = session(signedInKeycloak());
    await handlers.session({});
    await expect(handlers.logout({})).resolves.toEqual({
      url: `http://auth.test/logout.html?to=${encodeURIComponent('http://portal.test/')}`,
    });
    await expect(handlers.session({})).resolves.toEqual({ status: 'anonymous' });
  });

  it('tells the page when another tab signed out, and gives no token after', async () => {
    const other = session(signedInKeycloak());
    await other.handlers.session({});
    new BroadcastChannel('bas-sso').postMessage({ type: 'signed-out' });
    await vi.waitFor(() =>
      expect(other.announce).toHaveBeenCalledWith({ status: 'anonymous', notice: 'sessionEnded' }),
    );
    await other.handlers.bind({ agency: 'disdukcapil' });
    await expect(other.handlers.token({ agency: 'disdukcapil' })).resolves.toEqual({});
  });
});
