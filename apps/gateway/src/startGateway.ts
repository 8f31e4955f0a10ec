import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { RequestHandler } from 'msw';
import type { Registry } from '@bas/registry';
import sirv from 'sirv';
import { createHomePage, type RenderHomePage } from './createHomePage.ts';
import { listen } from './listen.ts';
import { serveMockApi } from './serveMockApi.ts';

export type RemoteSite =
  | {
      /** The remote's app id in the catalog. */
      name: string;
      /** Its built files (the folder holding `mf-manifest.json`). */
      dir: string;
      /** The agency API the remote calls, mocked with msw handlers, answered under `/api/` on its origin. */
      mockApi?: readonly RequestHandler[];
    }
  | {
      name: string;
      /** A server-rendered application (a legacy app shown in an iframe) answering every request itself. */
      app: RequestListener;
    };

export interface GatewayOptions {
  host?: string;
  /** The portal's port; 0 picks a free one. */
  port: number;
  /** The first remote's port; the others follow. 0 picks free ones. */
  remotesPort: number;
  shellDir: string;
  remotes: readonly RemoteSite[];
  /** Starts the registry once the remotes' origins are known, so the catalog can point at them. */
  registry(remoteOrigins: ReadonlyMap<string, string>): Promise<Registry>;
  /** Served as `/config.json` instead of the shell's built-in one. */
  shellConfig?: Record<string, unknown>;
  /** Renders the home page with the catalog in it; without it `/` is the shell's static `index.html`. */
  renderHome?: RenderHomePage;
}

export interface Gateway {
  url: string;
  remoteOrigins: ReadonlyMap<string, string>;
  registry: Registry;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  response.end(JSON.stringify(body));
}

/**
 * A remote's own origin: its files with CORS (the shell on another origin fetches them) and real 404s, so a
 * missing file is never answered with HTML.
 */
function createRemoteServer(site: RemoteSite, origin: () => string): Server {
  if ('app' in site) return createServer(site.app);
  const { dir, mockApi } = site;
  const files = sirv(dir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (response) => response.setHeader('access-control-allow-origin', '*'),
  });
  return createServer((request, response) => {
    if (mockApi !== undefined && request.url?.startsWith('/api/') === true) {
      serveMockApi(mockApi, request, response, origin()).catch((error: unknown) => {
        response.writeHead(500, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
        response.end(`The mock agency API failed: ${String(error)}`);
      });
      return;
    }
    files(request, response, () => {
      response.writeHead(404, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
      response.end(`Not found: ${request.url ?? ''}`);
    });
  });
}

/** The shell's origin: the registry under /api, the runtime config, and the shell's files with the SPA fallback. */
function createPortalServer(options: GatewayOptions, registry: Registry): Server {
  const files = sirv(options.shellDir, { dev: false, etag: true, single: true, brotli: true, gzip: true });
  const homePage =
    options.renderHome === undefined
      ? undefined
      : createHomePage({
          shellDir: options.shellDir,
          render: options.renderHome,
          config:
            options.shellConfig ?? JSON.parse(readFileSync(join(options.shellDir, 'config.json'), 'utf8')),
          registry,
        });
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (path.startsWith('/api/')) return registry.app.routing(request, response);
    if (path === '/config.json' && options.shellConfig !== undefined) {
      return sendJson(response, options.shellConfig);
    }
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

/**
 * Serves the portal, its remotes and the registry on loopback, as the CDN and the reverse proxy would in
 * production: the shell and `/api` on one origin, each remote on its own.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  let registry: Registry | undefined;
  const close = async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await registry?.close();
  };
  try {
    const remoteOrigins = new Map<string, string>();
    for (const [index, remote] of options.remotes.entries()) {
      const server = createRemoteServer(remote, () => remoteOrigins.get(remote.name) ?? '');
      servers.push(server);
      const port = options.remotesPort === 0 ? 0 : options.remotesPort + index;
      remoteOrigins.set(remote.name, await listen(server, host, port));
    }
    registry = await options.registry(remoteOrigins);
    const portal = createPortalServer(options, registry);
    servers.push(portal);
    const url = `${await listen(portal, host, options.port)}/`;
    return { url, remoteOrigins, registry, close };
  } catch (error) {
    await close();
    throw error;
  }
}
