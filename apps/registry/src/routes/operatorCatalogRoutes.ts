import { agencyCodes } from '@bas/manifest';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireOperator } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const query = z.object({
  agency: z
    .enum(agencyCodes as unknown as readonly [string, ...string[]], {
      error: `must be one of the agency codes: ${agencyCodes.join(', ')}`,
    })
    .optional()
    .describe("only this agency's apps"),
  status: z
    .enum(['active', 'maintenance', 'disabled'], { error: 'must be "active", "maintenance" or "disabled"' })
    .optional()
    .describe('only apps in this state'),
  kind: z
    .enum(['federated', 'iframe', 'link'], { error: 'must be "federated", "iframe" or "link"' })
    .optional()
    .describe('only apps of this kind'),
});

/** `GET /api/apps`: the catalog as operators see it in the console, every app an admin may act on. */
export function operatorCatalogRoutes({ store, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps',
      {
        schema: {
          summary: 'Every app with its served and pending versions (admins; developers: their agency)',
          description:
            "For the console: each app's id, name, agency, route, kind, role, status, the version served (null until the first approval), how many versions wait for approval and the highest of them, when its last change was recorded, and the monitor's verdict (`health`: up, degraded, down, or unknown until judged), ordered by id. Admins get every app; a developer gets their own agency's (another agency named in `agency` gives an empty list). `agency`, `status` and `kind` narrow the list.",
          tags: ['publishing'],
          security: [{ bearer: [] }],
          querystring: query,
        },
      },
      async (request) => {
        const actor = requireOperator(await userFrom(request.headers.authorization), 'list the apps');
        const { agency, status, kind } = request.query;
        if (!actor.roles.includes('admin')) {
          // A developer's list is their agency's: asking for another's gives what a filter that matches nothing gives.
          if (actor.agency === undefined || (agency !== undefined && agency !== actor.agency))
            return { apps: [] };
          return { apps: await store.operatorApps({ agency: actor.agency, status, kind }) };
        }
        return { apps: await store.operatorApps({ agency, status, kind }) };
      },
    );
  };
}
