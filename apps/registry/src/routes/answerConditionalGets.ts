import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Weak: made before compression, it names the JSON whichever encoding carries it. */
const weakTag = (payload: string | Buffer) => `W/"${createHash('sha1').update(payload).digest('base64url')}"`;

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Whether `If-None-Match` holds no longer (RFC 9110, 13.1.2): `*` matches any current representation, a list of
 * tags matches when one of them equals the ETag, compared weakly as the RFC asks for this header.
 */
function matches(ifNoneMatch: string, etag: string | undefined): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return etag !== undefined && ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * ETags and `304 Not Modified` for the registry's GET answers. Each 200 to a GET or HEAD gets an ETag (the route's
 * own, as the manifest sets, or one made from the body); a request whose `If-None-Match` names it, or is `*`, gets
 * 304 without the body. Other methods and other statuses are answered as they are. Call it before the compression
 * plugin is registered, so that the tag is made from the JSON rather than from one compressed copy of it.
 *
 * @example
 * answerConditionalGets(app);
 * await app.register(compress, { threshold: 1024 });
 */
export function answerConditionalGets(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    let etag = reply.getHeader('etag');
    if (etag === undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      etag = weakTag(payload);
      void reply.header('etag', etag);
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch === undefined || !matches(ifNoneMatch, typeof etag === 'string' ? etag : undefined)) {
      return payload;
    }
    // A stream (a file, say) is left unread: close it rather than leave it open.
    if (typeof (payload as { destroy?: unknown } | null)?.destroy === 'function') {
      (payload as { destroy(): void }).destroy();
    }
    void reply.code(304).removeHeader('content-length');
    // An empty string, not null: Fastify's HEAD handling reads the payload it is given.
    return '';
  });
}
