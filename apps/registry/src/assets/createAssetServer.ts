import type { RequestListener } from 'node:http';
import { extname } from 'node:path';
import { preferredEncoding } from '@bas/server-kit';
import type { RemoteStorage } from './createFileStorage.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const folder = /^\/(remotes\/([a-z][a-z0-9-]*)\/([0-9A-Za-z.+-]+)\/[0-9a-f]{64})\//;

/** Whether a stored folder (`remotes/<app>/<version>/<sha256>`) belongs to an approved version still served. */
export type Servable = (folder: string, app: string, version: string) => Promise<boolean>;

/**
 * The portal's remote-asset origin: stored builds under `/remotes/<app>/<version>/<sha256>/`, read-only, cached
 * for a year as immutable (a folder never changes), brotli or gzip where the client takes it, readable by the
 * portal's pages on their own origin (CORS), and never rendered as a page of this origin (a build's HTML is
 * served as an attachment under a CSP that runs nothing). Only approved versions of apps not disabled are served:
 * the portal's pages allow scripts from this origin, so nothing pending or refused may be loadable here. A CDN can
 * front it as it is.
 */
export function createAssetServer(storage: RemoteStorage, servable: Servable): RequestListener {
  return (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://assets').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Not a valid address.\n');
      return;
    }
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('cross-origin-resource-policy', 'cross-origin');
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('content-security-policy', "default-src 'none'; sandbox");
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const [, stored = '', app = '', version = ''] = folder.exec(path) ?? [];
    if (stored === '' || path.includes('/../') || /\.(br|gz|partial)$/.test(path)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const key = path.slice(1);
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    void (async () => {
      if (!(await servable(stored, app, version))) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const encoded =
        encoding === undefined ? undefined : await storage.get(`${key}.${encoding === 'br' ? 'br' : 'gz'}`);
      const body = encoded ?? (await storage.get(key));
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const type = types[extname(key)] ?? 'application/octet-stream';
      response.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
        ...(encoded === undefined ? {} : { 'content-encoding': encoding }),
        ...(type.startsWith('text/html') ? { 'content-disposition': 'attachment' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The asset store could not be read; try again.\n');
    });
  };
}
