import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressForClient } from '@bas/server-kit';

/** What the shell's build writes where a page's nonce goes (`html.cspNonce` in its Vite config). */
const buildPlaceholder = 'BAS_CSP_NONCE';
// What a template holds there instead: random per process, so text rendered into a page later (an app's name, the
// catalog's JSON) cannot name it and be given the nonce.
const slot = `nonce-slot-${randomBytes(12).toString('hex')}`;

/** The shell's `index.html` as a template for pages: its nonce placeholders marked where only the server knows. */
export function pageTemplate(html: string): string {
  return html.replaceAll(buildPlaceholder, slot);
}

/**
 * Sends a page made from `pageTemplate` with a fresh nonce in its script tags and in its policy, so no earlier response's nonce is
 * any use to an attacker. Each answer is therefore its own: compressed per request at a fast setting (a 100 KB
 * page in about a millisecond), never answered with 304 (a cached page would carry an old nonce).
 */
export function createPageSender(
  headersFor: (nonce: string, request: IncomingMessage) => Record<string, string>,
) {
  return (request: IncomingMessage, response: ServerResponse, html: string): void => {
    const nonce = randomBytes(18).toString('base64');
    const { body: sent, encoding } = compressForClient(
      request.headers['accept-encoding'],
      Buffer.from(html.replaceAll(slot, nonce)),
    );
    response.writeHead(200, {
      ...headersFor(nonce, request),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      'content-length': sent.length,
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  };
}
