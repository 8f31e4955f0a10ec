import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { compressForClient } from '@bas/server-kit';
import sirv from 'sirv';
import type { ExchangeResult } from './createTokenExchange.ts';
import { sendJson } from './sendJson.ts';

/** The registry's answer to `GET /api/manifest` for the person whose token is passed on. */
export interface PersonalManifestAnswer {
  status: number;
  etag?: string;
  body?: string;
}

export interface AuthServerOptions {
  /** The auth frame's build (`apps/auth-frame/dist`). */
  frameDir: string;
  /** The identity provider and the portal's public client, for the frame's keycloak-js. */
  auth: { url: string; realm: string; clientId: string };
  /** The portal origins whose pages may embed the frame. */
  portalOrigins: readonly string[];
  /** Exchanges the portal's token for one agency's API (see createTokenExchange). */
  exchange(subjectToken: string, audience: string): Promise<ExchangeResult>;
  /**
   * Asks the registry for the catalog of the person the `authorization` header names, or the anonymous one without
   * it: the frame keeps its own copy of what it fetched, for when the registry is down.
   */
  personalManifest(
    authorization: string | undefined,
    etag: string | undefined,
  ): Promise<PersonalManifestAnswer>;
  /**
   * Passes a call about the person's own requests on to the registry (`/api/me/requests…` under `path`), with the
   * portal's token the frame sent: the page never holds that token, so the frame asks here.
   */
  personRequests(call: PersonRequestsCall): Promise<PersonRequestsAnswer>;
  /**
   * Passes a batch of the shell's telemetry or real-user samples on to the registry, with the portal's token the
   * frame sent: the registry takes an internal app's records only with a token of someone whose catalog holds it.
   */
  telemetry(call: TelemetryCall): Promise<TelemetryAnswer>;
}

/** A batch the frame sends for the page, as the registry gets it. */
export interface TelemetryCall {
  path: '/api/telemetry' | '/api/rum';
  authorization: string | undefined;
  body: string;
  /**
   * The addresses the request came through, the browser's first (`X-Forwarded-For` with this server's peer added):
   * the registry counts its limits per client, which it reads from there when it trusts this server
   * (`BAS_TRUST_PROXY`); otherwise every signed-in person would count as this server.
   */
  forwardedFor: string;
}

export interface TelemetryAnswer {
  status: number;
  body: string;
}

/** The frame's paths for the shell's batches, and the registry's path each goes to. */
const telemetryPaths = new Map<string, TelemetryCall['path']>([
  ['/telemetry', '/api/telemetry'],
  ['/rum', '/api/rum'],
]);
/** What a `keepalive` request may carry, and so the most the frame sends (forwardTelemetry). */
const telemetryLimit = 64 * 1024;

/** A call of the frame about the person's requests, as the registry gets it. */
export interface PersonRequestsCall {
  method: 'GET' | 'PUT';
  /** `/api/me/requests`, `/api/me/agencies/<agency>/requests` or `…/requests/<app>/<request>`. */
  path: string;
  authorization: string | undefined;
  body?: string;
}

export interface PersonRequestsAnswer {
  status: number;
  body: string;
}

/**
 * The frame's paths for the person's requests: the whole list (a tab no agency's code ran in), one agency's list,
 * and one request of one app, written as the agency whose code runs in the tab.
 */
const personRequestsPath =
  /^\/me\/(?:requests|agencies\/[a-z][a-z0-9-]{1,39}\/requests(?:\/[a-z0-9-]{2,50}\/[A-Za-z0-9._-]{1,64})?)$/;

/** An agency's short code as the catalog writes it (`disdukcapil`, `dpmptsp`); its API's audience is `api-<code>`. */
const agencyCode = /^[a-z][a-z0-9-]{1,39}$/;
const embeddable = new Set(['/frame.html', '/silent-check-sso.html']);
/** The pages opened as the whole tab: sign-in return, switch, sign-out. */
const topLevel = new Set(['/callback.html', '/switch.html', '/logout.html']);
/** Every file the auth origin serves, by exact path: no other spelling reaches a page without its headers. */
const servedFile = (path: string) =>
  embeddable.has(path) ||
  topLevel.has(path) ||
  path === '/silent-check-sso.js' ||
  /^\/assets\/[\w.-]+\.js$/.test(path);

/** The body as text, or null when it is larger than `limit` bytes. */
async function readText(request: IncomingMessage, limit: number): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readText(request, limit);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request says its body is JSON. A page of any other site can make its visitors' browsers post text, a form
 * or multipart data here without asking first (no CORS preflight), and passed on as JSON such a body would count at
 * the registry as each visitor's own batch, from addresses the attacker does not have to own. JSON needs a
 * preflight, which this origin never answers: only the frame (this very origin) and clients that are not browsers
 * send it.
 */
function sentAsJson(request: IncomingMessage): boolean {
  return request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * The headers of the auth origin. Its pages run only this project's scripts and talk only to this origin and the
 * identity provider. The frame (and keycloak-js's silent check page inside it) may be embedded by the portal's pages
 * and nothing else; the pages opened as the whole tab may not be embedded at all, and open in a browsing context
 * group of their own, which cuts off any window that opened the tab (a remote's `window.open`).
 */
function headersFor(
  path: string,
  portalOrigins: readonly string[],
  idpOrigin: string,
): Record<string, string> {
  const ancestors = embeddable.has(path) ? `'self' ${portalOrigins.join(' ')}` : "'none'";
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      `connect-src 'self' ${idpOrigin}`,
      `frame-src 'self' ${idpOrigin}`,
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${ancestors}`,
    ].join('; '),
    ...(topLevel.has(path) ? { 'cross-origin-opener-policy': 'same-origin' } : {}),
  };
}

/**
 * The auth origin (`auth.` host in production, its own port locally): the auth frame's pages, `/config.json` for
 * them, the token exchange into one agency's audience, and the catalog, the person's own requests and the page's
 * telemetry batches (with the portal's token).
 * No agency code is ever served from here, so the refresh and ID tokens keycloak-js keeps here are out of their
 * reach.
 */
export function createAuthServer(options: AuthServerOptions): Server {
  const files = sirv(options.frameDir, { dev: false, etag: true, brotli: true, gzip: true });
  const idpOrigin = new URL(options.auth.url).origin;
  const config = { auth: options.auth, portalOrigins: options.portalOrigins };

  async function exchange(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const subject = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (subject === undefined) {
      return sendJson(response, 401, {
        code: 'UNAUTHENTICATED',
        message: 'Send the portal access token as "Authorization: Bearer <token>".',
      });
    }
    const body = (await readJson(request, 1024)) as { agency?: unknown } | undefined;
    const agency = body?.agency;
    if (typeof agency !== 'string' || !agencyCode.test(agency)) {
      return sendJson(response, 400, {
        code: 'INVALID_AGENCY',
        message:
          'Send JSON {"agency": "<code>"} with the agency\'s short code from the catalog, e.g. "disdukcapil".',
      });
    }
    const result = await options.exchange(subject, `api-${agency}`);
    if (!result.ok)
      return sendJson(response, result.status, { code: 'EXCHANGE_REFUSED', message: result.message });
    sendJson(response, 200, { access_token: result.accessToken, expires_in: result.expiresIn });
  }

  async function manifest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const authorization = request.headers.authorization;
    const etag = request.headers['if-none-match'];
    const answer = await options.personalManifest(authorization, etag);
    // The catalog is the largest answer the frame fetches, on a phone's network: never sent uncompressed.
    // A 304 has no body, and so no encoding to declare.
    const { body, encoding } =
      answer.status !== 200 || answer.body === undefined
        ? { body: answer.status === 304 ? undefined : answer.body, encoding: undefined }
        : compressForClient(request.headers['accept-encoding'], Buffer.from(answer.body));
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
      ...(answer.etag === undefined ? {} : { etag: answer.etag }),
    });
    response.end(body);
  }

  async function personRequests(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    const method = request.method === 'PUT' ? 'PUT' : 'GET';
    const body = method === 'PUT' ? await readText(request, 16 * 1024) : undefined;
    if (body === null) {
      return sendJson(response, 413, {
        code: 'BODY_TOO_LARGE',
        message: 'A request report is at most 16 KB.',
      });
    }
    const answer = await options.personRequests({
      method,
      path: `/api${path}`,
      authorization: request.headers.authorization,
      ...(body === undefined ? {} : { body }),
    });
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(answer.body);
  }

  async function telemetry(
    request: IncomingMessage,
    response: ServerResponse,
    path: TelemetryCall['path'],
  ): Promise<void> {
    if (!sentAsJson(request)) {
      return sendJson(response, 415, {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message:
          'A telemetry batch is sent as "Content-Type: application/json", as the auth frame sends it; no other type is taken, so that no other site can have a browser send one.',
      });
    }
    const body = await readText(request, telemetryLimit);
    if (body === null) {
      return sendJson(response, 413, {
        code: 'BODY_TOO_LARGE',
        message: `A telemetry batch is at most ${telemetryLimit / 1024} KB; send fewer records in each.`,
      });
    }
    const forwarded = request.headers['x-forwarded-for'];
    const answer = await options.telemetry({
      path,
      authorization: request.headers.authorization,
      body,
      forwardedFor: [forwarded, request.socket.remoteAddress].filter(Boolean).join(', '),
    });
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(answer.body);
  }

  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://auth').pathname;
    for (const [name, value] of Object.entries(headersFor(path, options.portalOrigins, idpOrigin)))
      response.setHeader(name, value);
    const fail = (error: unknown) => {
      console.error(error);
      if (!response.headersSent)
        sendJson(response, 502, {
          code: 'UPSTREAM_FAILED',
          message: 'The auth origin could not complete this request.',
        });
    };
    if (path === '/config.json' && request.method === 'GET') return sendJson(response, 200, config);
    if (path === '/exchange' && request.method === 'POST')
      return void exchange(request, response).catch(fail);
    if (path === '/manifest' && request.method === 'GET') return void manifest(request, response).catch(fail);
    // The list is read (GET), one request is written (PUT); nothing else reaches the registry from here.
    if (personRequestsPath.test(path) && request.method === (path.endsWith('/requests') ? 'GET' : 'PUT'))
      return void personRequests(request, response, path).catch(fail);
    const telemetryPath = telemetryPaths.get(path);
    if (telemetryPath !== undefined && request.method === 'POST')
      return void telemetry(request, response, telemetryPath).catch(fail);
    const missing = () =>
      sendJson(response, 404, { code: 'NOT_FOUND', message: `${path} is not on the auth origin.` });
    if (!servedFile(path) || (request.method !== 'GET' && request.method !== 'HEAD')) return missing();
    files(request, response, missing);
  });
}

/** The registry over HTTP, for {@link AuthServerOptions.personalManifest} in production. */
export function fetchPersonalManifest(registryUrl: string, timeoutMs = 5000) {
  const url = new URL('/api/manifest', registryUrl);
  return async (
    authorization: string | undefined,
    etag: string | undefined,
  ): Promise<PersonalManifestAnswer> => {
    const response = await fetch(url, {
      headers: {
        ...(authorization === undefined ? {} : { authorization }),
        ...(etag === undefined ? {} : { 'if-none-match': etag }),
      },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answerTag = response.headers.get('etag');
    return {
      status: response.status,
      ...(answerTag === null ? {} : { etag: answerTag }),
      body: await response.text(),
    };
  };
}

/** The registry over HTTP, for {@link AuthServerOptions.telemetry} in production. */
export function fetchTelemetry(registryUrl: string, timeoutMs = 5000) {
  return async (call: TelemetryCall): Promise<TelemetryAnswer> => {
    const response = await fetch(new URL(call.path, registryUrl), {
      method: 'POST',
      headers: {
        ...(call.authorization === undefined ? {} : { authorization: call.authorization }),
        'content-type': 'application/json',
        'x-forwarded-for': call.forwardedFor,
      },
      body: call.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.text() };
  };
}

/** The registry over HTTP, for {@link AuthServerOptions.personRequests} in production. */
export function fetchPersonRequests(registryUrl: string, timeoutMs = 5000) {
  return async (call: PersonRequestsCall): Promise<PersonRequestsAnswer> => {
    const response = await fetch(new URL(call.path, registryUrl), {
      method: call.method,
      headers: {
        ...(call.authorization === undefined ? {} : { authorization: call.authorization }),
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { body: call.body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.text() };
  };
}
