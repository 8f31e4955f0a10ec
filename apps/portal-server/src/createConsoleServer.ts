import { createHash } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import { kitStylesheet } from '@bas/ui';
import sirv from 'sirv';
import { securityHeaders } from './securityHeaders.ts';
import { sendJson } from './sendJson.ts';

export interface ConsoleConfig {
  /** Where the console calls the registry: its own origin, whose `/api/` the load balancer routes to the registry. */
  registryUrl: string;
  /** The identity provider and the console's public client (`bas-console`). */
  auth: { url: string; realm: string; clientId: string };
}

export interface ConsoleServerOptions {
  /** The console's build (`apps/console/dist`). */
  consoleDir: string;
  config: ConsoleConfig;
  /** The registry's routes under `/api/` on this origin, where no load balancer routes them (the development stack). */
  api?: RequestListener;
  https?: boolean;
}

/** The design system's stylesheet, which its `UiRoot` adds as a `<style>` element: allowed by its hash alone. */
const kitStyleHash = `'sha256-${createHash('sha256').update(kitStylesheet).digest('base64')}'`;

/**
 * The console's policy: its own scripts and styles only (and the design system's one stylesheet, by its hash), no
 * inline script at all, no eval; it talks to its own origin (the registry under `/api/`) and the identity provider,
 * and frames only the identity provider's silent check. Nothing of an agency ever loads here (decisions/0025).
 */
function consolePolicy(idpOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${kitStyleHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${idpOrigin}`,
    `frame-src 'self' ${idpOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * Pusat Kendali's origin: the console's static build, its `/config.json`, and every other path without a file
 * extension answered with `index.html` (the console routes in the browser). Its own origin keeps the
 * administrators' tokens away from every page that runs agency code.
 */
export function createConsoleServer(options: ConsoleServerOptions): Server {
  const files = sirv(options.consoleDir, { dev: false, etag: true, brotli: true, gzip: true, single: true });
  const headers = {
    ...securityHeaders({ https: options.https ?? false }),
    // Its own silent sign-in check frames a page of this origin; nothing else may frame it.
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': consolePolicy(new URL(options.config.auth.url).origin),
  };
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://console').pathname;
    if (path.startsWith('/api/') && options.api !== undefined) return options.api(request, response);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (path === '/config.json' && request.method === 'GET') return sendJson(response, 200, options.config);
    // For the orchestrator's probes: the console is static files and needs nothing else to answer.
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, {
        code: 'METHOD_NOT_ALLOWED',
        message: `${request.method} is not answered here: the console's origin serves its files; the registry is under /api/.`,
      });
    }
    files(request, response, () =>
      sendJson(response, 404, { code: 'NOT_FOUND', message: `${path} is not part of the console.` }),
    );
  });
}
