import { requestIdSchema, requestReportSchema, requestRetentionDays } from '@bas/manifest/requests';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePortalPerson } from '../auth/requireActor.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const security = [{ bearer: [] }];
const retention = `Kept for ${requestRetentionDays / 365} years after the last update, then deleted.`;
/** The agency whose code the asking tab runs (decisions/0017), as the auth frame knows it. */
const agency = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);

/**
 * The person's own requests across apps (decisions/0021), for the portal's "Permohonan saya" page. Only the portal's
 * token (kept on the auth origin, which calls these for the page) is accepted, and the person is the token's `sub`:
 * nobody reads or writes another person's requests, and no agency or admin route exposes them. A tab that has run
 * an agency's code asks as that agency (the auth frame puts it in the path): it writes for that agency's apps only
 * and reads that agency's requests only, so no agency's code learns what the person asked of another.
 */
export function personRequestRoutes({
  store,
  personRequests,
  userFrom,
}: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/me/agencies/:agency/requests/:appId/:requestId',
      {
        // A report is a few hundred bytes; this bounds what an app's code can store in a person's name.
        bodyLimit: 16 * 1024,
        schema: {
          summary:
            "Add or update one of the signed-in person's requests, as an app reported it through the shell",
          description: retention,
          tags: ['requests'],
          security,
          params: z.object({
            agency,
            appId: z.string().regex(/^[a-z0-9-]{2,50}$/),
            requestId: requestIdSchema,
          }),
          body: requestReportSchema,
        },
      },
      async (request, reply) => {
        const person = requirePortalPerson(await userFrom(request.headers.authorization));
        const { appId, requestId } = request.params;
        // A report names an app of the catalog, never an id made up to fill someone's list, and one of the agency
        // whose code runs in the tab: never another agency's app.
        const reported = await store.getApp(appId);
        if (reported.agency !== request.params.agency) {
          throw new RegistryError(
            'FORBIDDEN',
            `${appId} belongs to ${reported.agency}, not to ${request.params.agency}: an app reports its own requests only.`,
          );
        }
        await personRequests.put(person.subject, appId, requestId, request.body);
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/me/requests',
      {
        schema: {
          summary: "The signed-in person's requests across apps, the last updated first",
          description: `For a tab that has run no agency's code. ${retention}`,
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

    app.get(
      '/api/me/agencies/:agency/requests',
      {
        schema: {
          summary: "The signed-in person's requests to one agency's apps, the last updated first",
          description: `For a tab that has run that agency's code. ${retention}`,
          tags: ['requests'],
          security,
          params: z.object({ agency }),
        },
      },
      async (request, reply) => {
        const person = requirePortalPerson(await userFrom(request.headers.authorization));
        void reply.header('cache-control', 'private, no-store');
        return {
          retentionDays: requestRetentionDays,
          requests: await personRequests.list(person.subject, request.params.agency),
        };
      },
    );
  };
}
