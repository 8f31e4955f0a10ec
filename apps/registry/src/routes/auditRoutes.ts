import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAdmin } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

/**
 * The largest audit record id: the column is PostgreSQL's `serial` (a 4-byte integer), which fails a query with a
 * larger number in it; SQLite's ids will not reach it either.
 */
const lastAuditId = 2_147_483_647;

/** A whole number from 1 to `max` in a query string; `message` says what it is when it is not one. */
const wholeNumber = (max: number, message: string) =>
  z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message });

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
            app: z
              .string()
              .min(1)
              .max(50, { error: 'must be at most 50 characters, as app ids are' })
              .optional(),
            limit: wholeNumber(500, 'must be a whole number from 1 to 500').default(100),
            before: wholeNumber(
              lastAuditId,
              `must be an audit record id, a whole number from 1 to ${lastAuditId}`,
            )
              .optional()
              .describe("pages backwards: records older than this id (the last page's smallest)"),
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
