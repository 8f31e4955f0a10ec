import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { precompressed, preferredEncoding } from '@bas/server-kit';
import type { renderHomePage, ShellConfig } from '@bas/shell/server';
import type { ManifestSource } from './ManifestSource.ts';

/** The shell's server renderer (`@bas/shell/server`), or a stand-in in tests. */
export type RenderHomePage = typeof renderHomePage;

interface RenderedPage {
  manifestEtag: string;
  etag: string;
  body: { identity: Buffer; brotli: Buffer; gzip: Buffer };
}

/**
 * The citizen home as HTML: the shell's `index.html` with the anonymous catalog rendered into it, so a phone shows
 * the services before any JavaScript has run. The page is rendered once per version of the anonymous manifest (its
 * ETag, revalidated with the registry on each request), compressed once, and answered from memory; when the
 * registry cannot answer, the caller serves the static `index.html` and the shell fetches the catalog itself
 * (decisions/0011).
 */
export function createHomePage(options: {
  shellDir: string;
  render: RenderHomePage;
  config: ShellConfig;
  manifest: ManifestSource;
}): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const template = readFileSync(join(options.shellDir, 'index.html'), 'utf8');
  let page: RenderedPage | undefined;

  async function current(): Promise<RenderedPage | undefined> {
    const answer = await options.manifest(page?.manifestEtag);
    if (answer.status === 'unchanged' && page !== undefined) return page;
    if (answer.status !== 'changed') {
      if (answer.status === 'unavailable')
        console.error(`The home page is served unrendered: ${answer.reason}.`);
      return undefined;
    }
    // The registry validated every entry before it stored it.
    const entries = answer.entries as Parameters<RenderHomePage>[2];
    const html = Buffer.from(options.render(template, options.config, entries));
    const manifestEtag = answer.etag;
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
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const body = rendered.body[encoding === 'br' ? 'brotli' : (encoding ?? 'identity')];
    response.writeHead(200, {
      ...headers,
      'content-length': body.length,
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
