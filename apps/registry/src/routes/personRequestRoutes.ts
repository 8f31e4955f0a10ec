import { requestIdSchema, requestReportSchema, requestRetentionDays } from '@bas/manifest/requests';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePortalPerson } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const security = [{ bearer: [] }];
const retention = `Kept for ${requestRetentionDays / 365} years after the last update, then deleted.`;

/**
 * The person's own requests across apps (decisions/0021), for the portal's "Permohonan saya" page. Only the portal's
 * token (kept on the auth origin, which calls these for the page) is accepted, and the person is the token's `sub`:
 * nobody reads or writes another person's requests, and no agency or admin route exposes them.
 */
export function personRequestRoutes({
  store,
  personRequests,
  userFrom,
}: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/me/requests/:appId/:requestId',
      {
        // A report is a few hundred bytes; this bounds what an app's code can store in a person's name.
        bodyLimit: 16 * 1024,
        schema: {
          summary:
            "Add or update one of the signed-in person's requests, as an app reported it through the shell",
          description: retention,
          tags: ['requests'],
          security,
          params: z.object({ appId: z.string().regex(/^[a-z0-9-]{2,50}$/), requestId: requestIdSchema }),
          body: requestReportSchema,
        },
      },
      async (request, reply) => {
        const person = requirePortalPerson(await userFrom(request.headers.authorization));
        const { appId, requestId } = request.params;
        // A report names an app of the catalog, never an id made up to fill someone's list.
        await store.getApp(appId);
        await personRequests.put(person.subject, appId, requestId, request.body);
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/me/requests',
      {
        schema: {
          summary: "The signed-in person's requests across apps, the last updated first",
          description: retention,
          tags: ['requests'],
          security,
        },
      },
      async (request, reply) => {
        const person = requirePortalPerson(await userFrom(request.headers.authorization));
        void reply.header('cache-control', 'private, no-store');
        return { retentionDays: requestRetentionDays, requests: await personRequests.list(person.subject) };
      },
    );
  };
}
