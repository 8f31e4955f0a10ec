import { preferredEncoding } from '@bas/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RegistryContext } from '../RegistryContext.ts';

/** `GET /api/manifest`: the catalog as this caller may see it, decided here and nowhere else. */
export function manifestRoutes({ manifests, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/manifest',
      {
        // Served compressed from the cache; the compression plugin would compress it again on every request.
        compress: false,
        schema: {
          summary: 'The catalog for the caller',
          description:
            'Anonymous callers and citizens get public entries only; civil servants also get the internal entries of their agency. Send If-None-Match to revalidate. BAS-Catalog-Read-At (and Age, in seconds) tell when the catalog was read from the database: while the database cannot be read, the last copy read is served and grows older.',
          tags: ['manifest'],
          // A bearer token is optional (without one, the anonymous catalog). Documented, not validated: the token is
          // verified below, and a header schema would parse every request's headers on the hottest route.
          security: [{}, { bearer: [] }],
        },
      },
      async (request, reply) => {
        const user = await userFrom(request.headers.authorization);
        const { manifest, readAt } = await manifests.forUser(user);
        const encoding = preferredEncoding(request.headers['accept-encoding']);
        // Shared caches may keep the anonymous catalog but must revalidate it, so a disabled app is gone on the next
        // request; a signed-in catalog is the caller's alone.
        void reply
          .header('cache-control', `${user.kind === 'anonymous' ? 'public' : 'private'}, no-cache`)
          .header('vary', 'Authorization, Accept-Encoding')
          .header('etag', manifest.etag)
          // How old this copy of the catalog is: a few seconds normally, more while the database cannot be read and
          // the last good copy is served. In headers, not the body: the body (and so its ETag) would change on every
          // read of an unchanged catalog, and clients could no longer revalidate with a 304.
          .header('bas-catalog-read-at', readAt.toISOString())
          .header('age', String(Math.max(0, Math.floor((Date.now() - readAt.getTime()) / 1000))))
          .type('application/json; charset=utf-8');
        if (encoding === undefined) return reply.send(manifest.json);
        return reply
          .header('content-encoding', encoding)
          .send(encoding === 'br' ? manifest.brotli : manifest.gzip);
      },
    );
  };
}
