import { closeServer } from '@bas/server-kit';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import { createProvider } from './createProvider.ts';
import { loadRealm } from './loadRealm.ts';
import { loginPage } from './loginPage.ts';
import { pageLanguage } from './pageLanguage.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import { createRefreshTokenEnvelope } from './refreshTokenEnvelope.ts';
import { thirdPartyCookiePages } from './thirdPartyCookiePages.ts';

export interface DevIdpOptions {
  /** `infra/keycloak/realm-bas.json`. */
  realmFile: string;
  /** Who may sign in: `infra/keycloak/realm-bas.dev.json`, the demo users. */
  overlayFile?: string;
  /** Loopback only: anyone can sign in as anyone here. */
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
}

export interface DevIdp {
  /** The base URL keycloak-js is given (`url`), e.g. `http://127.0.0.1:4180`. */
  url: string;
  /** The realm's issuer, as the registry checks it. */
  issuer: string;
  close(): Promise<void>;
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(request)).toString('utf8'));
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

/**
 * A Keycloak-compatible identity provider for development and tests, on loopback: Keycloak's paths under
 * `/realms/<realm>`, the realm file's clients, users and roles, and a sign-in page marked as development-only.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'NODE_ENV=production: the development identity provider never runs in production. Set BAS_AUTH_URL to a real Keycloak.',
    );
  }
  const host = options.host ?? '127.0.0.1';
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new Error(
      `The development identity provider lets anyone sign in as a demo user, so it listens on loopback only, not on ${host}. To serve others, use a real Keycloak (BAS_AUTH_URL).`,
    );
  }
  const realm = loadRealm(options.realmFile, options.overlayFile === undefined ? [] : [options.overlayFile]);
  const prefix = `/realms/${realm.name}`;
  const allowedOrigins = new Set(realm.clients.flatMap((client) => client.webOrigins));
  const usernames = realm.users.map((user) => user.username);
  // Set once the server listens: the issuer names the port, which is only known then.
  let provider: Provider | undefined = undefined;

  async function login(request: IncomingMessage, response: ServerResponse, uid: string, oidc: Provider) {
    const action = `${prefix}/login/${uid}`;
    const url = new URL(request.url ?? action, 'http://dev-idp');
    const details = await oidc.interactionDetails(request, response).catch(() => undefined);
    // The switch on this page wins; else the language the portal asked for (`ui_locales`), as Keycloak does.
    const asked = String(details?.params.ui_locales ?? '').split(' ')[0];
    const language =
      url.searchParams.has('lang') || (asked !== 'id' && asked !== 'en')
        ? pageLanguage(url, request.headers.cookie).language
        : asked;
    const page = { action, users: usernames, language, url };
    if (details === undefined || details.uid !== uid) {
      return send(response, 400, 'text/html', loginPage({ ...page, error: 'expired' }));
    }
    if (request.method !== 'POST') return send(response, 200, 'text/html', loginPage(page));
    const form = await formBody(request);
    const user = realm.users.find((candidate) => candidate.username === form.get('username'));
    if (user === undefined || user.password !== form.get('password')) {
      return send(response, 401, 'text/html', loginPage({ ...page, error: 'wrong' }));
    }
    await oidc.interactionFinished(
      request,
      response,
      { login: { accountId: user.username } },
      { mergeWithLastSubmission: false },
    );
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://dev-idp');
    // The language switch of every page (`?lang=`) is remembered here, also for pages the provider draws itself
    // (the device grant's hop that posts the code on), so the next page keeps the language.
    const { remember } = pageLanguage(url, request.headers.cookie);
    if (remember !== undefined) response.setHeader('set-cookie', remember);
    const origin = request.headers.origin;
    // keycloak-js calls the token endpoint with credentials; oidc-provider's own CORS does not allow them.
    if (origin !== undefined && allowedOrigins.has(origin)) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('vary', 'Origin');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-max-age': '600',
        });
        return response.end();
      }
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (!url.pathname.startsWith(`${prefix}/`) || provider === undefined) {
      return send(
        response,
        404,
        'text/plain',
        `Development identity provider. Discovery: ${prefix}/.well-known/openid-configuration`,
      );
    }
    const path = url.pathname.slice(prefix.length);
    if (path === '/protocol/openid-connect/3p-cookies/step1.html')
      return send(response, 200, 'text/html', thirdPartyCookiePages.step1);
    if (path === '/protocol/openid-connect/3p-cookies/step2.html')
      return send(response, 200, 'text/html', thirdPartyCookiePages.step2);
    const loginMatch = /^\/login\/([A-Za-z0-9_-]+)$/.exec(path);
    const oidc = provider;
    if (loginMatch?.[1] !== undefined) {
      login(request, response, loginMatch[1], oidc).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return send(response, 413, 'text/plain', error.message);
        console.error('dev IdP login failed', error);
        if (!response.headersSent)
          send(response, 500, 'text/plain', 'The development identity provider failed; see its log.');
      });
      return;
    }
    // Mounted under the realm's prefix: oidc-provider builds its URLs from originalUrl, as behind Express.
    (request as IncomingMessage & { originalUrl?: string }).originalUrl = url.pathname + url.search;
    request.url = `${path}${url.search}`;
    void oidc.callback()(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const issuer = `${base}${prefix}`;
  provider = await createProvider(issuer, realm, createRefreshTokenEnvelope(issuer));
  return {
    url: base,
    issuer,
    close: () => closeServer(server),
  };
}
