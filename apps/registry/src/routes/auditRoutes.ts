import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAdmin } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

/** `GET /api/audit`: who changed what and when, newest first (admins only). */
export function auditRoutes({ store, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          summary: 'The append-only audit log (admin)',
          tags: ['audit'],
          security: [{ bearer: [] }],
          querystring: z.object({
            app: z.string().min(1).max(50).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            before: z.coerce.number().int().min(1).optional(),
          }),
        },
      },
      async (request) => {
        requireAdmin(await userFrom(request.headers.authorization), 'read the audit log');
        const { app: appId, limit, before } = request.query;
        return { records: await store.auditLog({ appId, limit, before }) };
      },
    );
  };
}
