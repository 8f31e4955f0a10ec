import { filterManifestForUser } from '@bas/manifest';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RegistryContext } from '../RegistryContext.ts';

/** `GET /api/manifest`: the catalog as this caller may see it, decided here and nowhere else. */
export function manifestRoutes({ store, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/manifest',
      {
        schema: {
          summary: 'The catalog for the caller',
          description:
            'Anonymous callers and citizens get public entries only; civil servants also get the internal entries of their agency. Send If-None-Match to revalidate.',
          tags: ['manifest'],
          headers: z.object({ authorization: z.string().optional() }),
        },
      },
      async (request, reply) => {
        const user = await userFrom(request.headers.authorization);
        const entries = filterManifestForUser(await store.currentEntries(), user);
        // Shared caches may keep the anonymous catalog but must revalidate it, so a disabled app is gone on the next
        // request; a signed-in catalog is the caller's alone.
        void reply
          .header('cache-control', `${user.kind === 'anonymous' ? 'public' : 'private'}, no-cache`)
          .header('vary', 'Authorization');
        return { entries };
      },
    );
  };
}
