import { createServer, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { listen } from './listen.ts';
import { resolveManifest } from './resolveManifest.ts';

export interface RemoteSite {
  /** The remote's name, as used in `{origin:<name>}` in the manifest. */
  name: string;
  /** Its built files (the folder holding `mf-manifest.json`). */
  dir: string;
}

export interface GatewayOptions {
  host?: string;
  /** The portal's port; 0 picks a free one. Remotes take the following ports (or free ones when 0). */
  port: number;
  shellDir: string;
  remotes: readonly RemoteSite[];
  /** The manifest document, with `{origin:<remote>}` placeholders. */
  manifest: unknown;
  /** Served as `/config.json` instead of the shell's built-in one. */
  shellConfig?: Record<string, unknown>;
}

export interface Gateway {
  url: string;
  remoteOrigins: ReadonlyMap<string, string>;
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
function createRemoteServer(dir: string): Server {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (response) => response.setHeader('access-control-allow-origin', '*'),
  });
  return createServer((request, response) => {
    files(request, response, () => {
      response.writeHead(404, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
      response.end(`Not found: ${request.url ?? ''}`);
    });
  });
}

/** The shell's origin: the manifest, the runtime config, and the shell's files with the SPA fallback. */
function createPortalServer(options: GatewayOptions, manifest: unknown): Server {
  const files = sirv(options.shellDir, { dev: false, etag: true, single: true });
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (path === '/api/manifest') return sendJson(response, manifest);
    if (path === '/config.json' && options.shellConfig !== undefined) {
      return sendJson(response, options.shellConfig);
    }
    files(request, response);
  });
}

/** Serves the portal, its remotes and the manifest on loopback, as the CDN and the registry would in production. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  const close = () =>
    Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))).then(
      () => undefined,
    );
  try {
    const remoteOrigins = new Map<string, string>();
    for (const [index, remote] of options.remotes.entries()) {
      const server = createRemoteServer(remote.dir);
      servers.push(server);
      remoteOrigins.set(
        remote.name,
        await listen(server, host, options.port === 0 ? 0 : options.port + 1 + index),
      );
    }
    const portal = createPortalServer(options, resolveManifest(options.manifest, remoteOrigins));
    servers.push(portal);
    const url = `${await listen(portal, host, options.port)}/`;
    return { url, remoteOrigins, close };
  } catch (error) {
    await close();
    throw error;
  }
}
