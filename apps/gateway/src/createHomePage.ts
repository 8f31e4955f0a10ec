import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { precompressed, type Registry } from '@bas/registry';

/** The shell's server renderer (`apps/shell/server/renderHomePage.tsx`, built to `dist-server`). */
export type RenderHomePage = (template: string, config: unknown, entries: unknown[]) => string;

interface RenderedPage {
  manifestEtag: string;
  etag: string;
  body: { identity: Buffer; brotli: Buffer; gzip: Buffer };
}

/**
 * The citizen home as HTML: the shell's `index.html` with the anonymous catalog rendered into it, so a phone shows
 * the services before any JavaScript has run. The page is rendered once per version of the anonymous manifest (its
 * ETag, asked of the registry in-process), compressed once, and answered from memory; when the registry cannot
 * answer, the caller serves the static `index.html` and the shell fetches the catalog itself.
 */
export function createHomePage(options: {
  shellDir: string;
  render: RenderHomePage;
  config: unknown;
  registry: Registry;
}): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const template = readFileSync(join(options.shellDir, 'index.html'), 'utf8');
  let page: RenderedPage | undefined;

  async function current(): Promise<RenderedPage | undefined> {
    const manifest = await options.registry.app.inject({
      method: 'GET',
      url: '/api/manifest',
      headers: page === undefined ? {} : { 'if-none-match': page.manifestEtag },
    });
    if (manifest.statusCode === 304 && page !== undefined) return page;
    if (manifest.statusCode !== 200) return undefined;
    const { entries } = manifest.json<{ entries: unknown[] }>();
    const html = Buffer.from(options.render(template, options.config, entries));
    const manifestEtag = String(manifest.headers.etag);
    page = {
      manifestEtag,
      etag: `"home-${manifestEtag.replaceAll('"', '')}"`,
      body: { identity: html, ...precompressed(html) },
    };
    return page;
  }

  return async (request, response) => {
    const rendered = await current().catch((error: unknown) => {
      console.error('The home page could not be rendered; serving the static index.html.', error);
      return undefined;
    });
    if (rendered === undefined) return false;
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      etag: rendered.etag,
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === rendered.etag) {
      response.writeHead(304, headers).end();
      return true;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const body = rendered.body[encoding === 'br' ? 'brotli' : encoding];
    response.writeHead(200, {
      ...headers,
      'content-length': body.length,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
