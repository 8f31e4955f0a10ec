import { createServer, type RequestListener, type Server } from 'node:http';
import { listen } from '@bas/server-kit';
import type { RequestHandler } from 'msw';
import sirv from 'sirv';
import type { BearerVerdict } from './createBearerCheck.ts';
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

export interface RemoteSites {
  /** Each site's origin, by app id. */
  origins: ReadonlyMap<string, string>;
  close(): Promise<void>;
}

/**
 * A remote's own origin: its files with CORS (the shell on another origin fetches them) and real 404s, so a
 * missing file is never answered with HTML.
 */
function createRemoteServer(
  site: RemoteSite,
  origin: () => string,
  checkToken: (site: string, authorization: string | undefined) => Promise<BearerVerdict>,
): Server {
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
      checkToken(site.name, request.headers.authorization)
        .then((verdict) => {
          if (verdict.ok || request.method === 'OPTIONS')
            return serveMockApi(mockApi, request, response, origin());
          response.writeHead(401, {
            'access-control-allow-origin': '*',
            'content-type': 'application/json; charset=utf-8',
            'www-authenticate': 'Bearer error="invalid_token"',
          });
          response.end(JSON.stringify({ message: verdict.message }));
        })
        .catch((error: unknown) => {
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

/**
 * Serves every site on an origin of its own, as each agency's server (or the asset host) would in production:
 * ports from `firstPort` on in order, or free ones with 0.
 */
export async function startRemoteSites(
  sites: readonly RemoteSite[],
  options: {
    host: string;
    firstPort: number;
    /** Checks the bearer token before a mock agency API sees the request; every token passes without it. */
    /** What each site's mocked agency API makes of a request's token (by the site's name), before its handlers. */
    checkToken?: (site: string, authorization: string | undefined) => Promise<BearerVerdict>;
  },
): Promise<RemoteSites> {
  const checkToken = options.checkToken ?? (() => Promise.resolve({ ok: true as const }));
  const servers: Server[] = [];
  const origins = new Map<string, string>();
  // Stopped at once, kept-alive connections too, as when an agency's server goes away (a test stops one to see the
  // monitor notice).
  const close = () =>
    Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    ).then(() => {});
  try {
    for (const [index, site] of sites.entries()) {
      const server = createRemoteServer(site, () => origins.get(site.name) ?? '', checkToken);
      servers.push(server);
      origins.set(
        site.name,
        await listen(server, options.host, options.firstPort === 0 ? 0 : options.firstPort + index),
      );
    }
    return { origins, close };
  } catch (error) {
    await close();
    throw error;
  }
}
