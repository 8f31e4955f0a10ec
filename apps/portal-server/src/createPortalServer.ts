import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ShellConfig } from '@bas/shell/server';
import sirv from 'sirv';
import { createHomePage, type RenderHomePage } from './createHomePage.ts';
import type { ManifestSource } from './ManifestSource.ts';
import { securityHeaders } from './securityHeaders.ts';

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
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
  });
  response.end(JSON.stringify(body));
}

/**
 * The portal's origin: the shell's files (compressed where the build wrote `.br`/`.gz`, the shell page for every
 * deep link), `/config.json`, the server-rendered home, and the registry's API when one is given.
 */
export function createPortalServer(options: PortalServerOptions): Server {
  const files = sirv(options.shellDir, { dev: false, etag: true, single: true, brotli: true, gzip: true });
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
          ...(options.homeMaxAgeMs === undefined ? {} : { maxAgeMs: options.homeMaxAgeMs }),
        });
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const path = new URL(request.url ?? '/', 'http://portal').pathname;
    if (path.startsWith('/api/')) {
      if (options.api !== undefined) return options.api(request, response);
      return sendJson(response, 404, {
        code: 'NOT_FOUND',
        message: `${path} belongs to the registry: route /api/ to it (the portal server serves the shell only).`,
      });
    }
    if (path === '/config.json') return sendJson(response, 200, config);
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (homePage !== undefined && isPage && (path === '/' || path === '/index.html')) {
      void homePage(request, response).then((served) => {
        if (!served) files(request, response);
      });
      return;
    }
    files(request, response);
  });
}
