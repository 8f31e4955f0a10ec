import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { join } from 'node:path';
import { overrideOrigins } from '@bas/manifest/overrides';
import { localeFromCookie, type ShellConfig } from '@bas/shell/server';
import sirv from 'sirv';
import type { CatalogSourcesSource } from './CatalogSources.ts';
import { cachedCatalogSources, noSources } from './CatalogSources.ts';
import { createHomePage, type RenderHomePage } from './createHomePage.ts';
import { createIconServer } from './createIconServer.ts';
import { lucideIconShapes } from './lucideIconShapes.ts';
import { answerOverrideRequest, overridesOf } from './developerOverride.ts';
import { createPageSender, pageTemplate } from './createPageSender.ts';
import type { ManifestSource } from './ManifestSource.ts';
import { createStatusPage } from './createStatusPage.ts';
import { pagePolicy, securityHeaders, staticPagePolicy, type CatalogSources } from './securityHeaders.ts';
import type { StatusSource } from './StatusSource.ts';

export interface PortalServerOptions {
  /** The built shell (`apps/shell/dist`). */
  shellDir: string;
  /** Served as `/config.json`; the shell's built `config.json` when left out. */
  shellConfig?: ShellConfig;
  /** Renders the citizen home with the catalog in it; without it `/` is the shell's static `index.html`. */
  renderHome?: RenderHomePage;
  /** Where the rendered home gets the anonymous catalog; needed with `renderHome`. */
  manifest?: ManifestSource;
  /** How long a rendered home is served before the registry is asked again; 1 s by default. */
  homeMaxAgeMs?: number;
  /**
   * Answers `/api/*` on the portal's origin. In production a load balancer routes `/api` to the registry and this is
   * left out; the development stack passes the registry it runs in-process.
   */
  api?: RequestListener;
  /** The origins the catalog's apps need in the pages' policy (agency APIs, legacy apps); none when left out. */
  catalogSources?: CatalogSourcesSource;
  /** Served over https (behind the load balancer): pages carry HSTS. */
  https?: boolean;
  /** The registry's status board, for the citizens' `/status` page; without it the path is the shell's. */
  status?: StatusSource;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
  });
  response.end(JSON.stringify(body));
}

/** A page without script (the status page), under a policy that allows none. */
function sendStatic(request: IncomingMessage, response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    ...staticPagePolicy(),
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/**
 * How long a browser keeps a file of the shell without asking again. The build names everything under `/assets/`
 * after its content, so a name never comes back with other bytes: a year, and a returning visitor's shell starts
 * without one request for its code. The rest (the favicon) a day, as the icons.
 */
function cacheControlOf(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=86400';
}

/** A request for a page rather than a file: the home, `index.html`, or a deep link (a path without an extension). */
function isPage(method: string | undefined, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && (path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path));
}

/**
 * The portal's origin: the shell's files (compressed where the build wrote `.br`/`.gz`), its pages (the
 * server-rendered home, the shell page for every deep link) each with a fresh nonce under the enforced policy,
 * `/config.json`, and the registry's API when one is given.
 */
export function createPortalServer(options: PortalServerOptions): Server {
  const files = sirv(options.shellDir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (response, path) => response.setHeader('cache-control', cacheControlOf(path)),
  });
  const shellPage = pageTemplate(readFileSync(join(options.shellDir, 'index.html'), 'utf8'));
  const config =
    options.shellConfig ??
    (JSON.parse(readFileSync(join(options.shellDir, 'config.json'), 'utf8')) as ShellConfig);
  const homePage =
    options.renderHome === undefined || options.manifest === undefined
      ? undefined
      : createHomePage({
          shellDir: options.shellDir,
          render: options.renderHome,
          config,
          manifest: options.manifest,
          iconOf: lucideIconShapes(),
          ...(options.homeMaxAgeMs === undefined ? {} : { maxAgeMs: options.homeMaxAgeMs }),
        });
  const sources = cachedCatalogSources(options.catalogSources ?? (() => Promise.resolve(noSources)));
  const serveIcon = createIconServer();
  const statusPage = options.status === undefined ? undefined : createStatusPage(options.status);
  const headers = securityHeaders({ https: options.https ?? false });
  // A page's policy allows what the app at its address needs (asked at most every 5 s per app), beside the
  // deployment's own origins; any other page, none of the catalog's. The shell loads an app's page afresh when it
  // needs more than the page it is on allows (pagePolicy.ts in the shell).
  const pageSources = new WeakMap<IncomingMessage, CatalogSources>();
  const send = createPageSender((nonce, request) =>
    pagePolicy(
      config,
      pageSources.get(request) ?? noSources,
      nonce,
      overrideOrigins(overridesOf(request, options.https ?? false)),
    ),
  );
  const servePage = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const route = /^\/layanan\/([a-z0-9-]{1,50})(?:\/|$)/.exec(path)?.[1];
    if (route !== undefined) pageSources.set(request, await sources(route));
    const locale = localeFromCookie(request.headers.cookie) ?? 'id';
    const home = path === '/' || path === '/index.html';
    send(request, response, (home ? await homePage?.(locale) : undefined) ?? shellPage);
  };
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = new URL(request.url ?? '/', 'http://portal').pathname;
    if (path.startsWith('/api/')) {
      if (options.api !== undefined) return options.api(request, response);
      return sendJson(response, 404, {
        code: 'NOT_FOUND',
        message: `${path} belongs to the registry: route /api/ to it (the portal server serves the shell only).`,
      });
    }
    if (path === '/config.json') return sendJson(response, 200, config);
    // For the orchestrator's probes: the shell is served from memory and needs nothing else to answer.
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (serveIcon(request, response, path)) return;
    if (statusPage !== undefined && path === '/status' && isPage(request.method, path)) {
      const asked = new URL(request.url ?? '/', 'http://portal').searchParams.get('lang');
      const locale =
        asked === 'en' || asked === 'id' ? asked : (localeFromCookie(request.headers.cookie) ?? 'id');
      statusPage(locale).then(
        ({ status, html }) => sendStatic(request, response, status, html),
        (error: unknown) => {
          console.error('The status page could not be served.', error);
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          response.end('The status page could not be served; try again in a moment.\n');
        },
      );
      return;
    }
    if (isPage(request.method, path)) {
      if (answerOverrideRequest(request, response, options.https ?? false)) return;
      servePage(request, response, path).catch((error: unknown) => {
        console.error('A page could not be served.', error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('The portal could not serve this page; try again in a moment.\n');
      });
      return;
    }
    files(request, response, () =>
      sendJson(response, 404, { code: 'NOT_FOUND', message: `${path} is not a file of the portal.` }),
    );
  });
}
