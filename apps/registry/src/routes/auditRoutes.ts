import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuery, auditQueryOf } from '../audit/auditQuery.ts';
import { toCsv } from '@bas/server-kit';
import { requireAdmin } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const filters =
  '`app`, `actor` (a username as recorded), `action`, `since` and `until` (ISO 8601 dates or date-times; from since, before until) narrow the records; `before` pages backwards by record id.';

/** `GET /api/audit` and its export `GET /api/audit.csv`: who changed what, when and why, newest first (admins only). */
export function auditRoutes({ store, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          summary: 'The append-only audit log (admin)',
          description: `Records newest first, each \`{ id, at, actor, action, appId, version, before, after, reason }\` (reason: why, as the person said it, or null). ${filters}`,
          tags: ['audit'],
          security: [{ bearer: [] }],
          querystring: auditQuery(500, 100),
        },
      },
      async (request) => {
        requireAdmin(await userFrom(request.headers.authorization), 'read the audit log');
        return { records: await store.auditLog(auditQueryOf(request.query)) };
      },
    );

    app.get(
      '/api/audit.csv',
      {
        schema: {
          summary: 'The audit log as CSV, for a spreadsheet (admin)',
          description: `The records of GET /api/audit as \`text/csv; charset=utf-8\` (RFC 4180, a header row; before and after as JSON), at most 5000 (1000 unless \`limit\` says). A cell that a spreadsheet would read as a formula (starting with =, +, -, @) starts with ' instead. ${filters}`,
          tags: ['audit'],
          security: [{ bearer: [] }],
          querystring: auditQuery(5000, 1000),
        },
      },
      async (request, reply) => {
        requireAdmin(await userFrom(request.headers.authorization), 'export the audit log');
        const records = await store.auditLog(auditQueryOf(request.query));
        const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
        const csv = toCsv([
          ['id', 'at', 'actor', 'action', 'app', 'version', 'reason', 'before', 'after'],
          ...records.map((record) => [
            record.id,
            record.at,
            record.actor,
            record.action,
            record.appId,
            record.version,
            record.reason,
            json(record.before),
            json(record.after),
          ]),
        ]);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="audit.csv"')
          .send(csv);
      },
    );
  };
}
