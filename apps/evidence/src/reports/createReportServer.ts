import { createReadStream } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminCheck } from './createAdminCheck.ts';
import type { ReportJobs } from './createReportJobs.ts';
import { ReportRefusal } from './ReportRefusal.ts';

const reportBody = z.object({
  period: z
    .string({ error: '"period" is missing: give the year of the report, e.g. "2026".' })
    .regex(/^\d{4}$/, { error: '"period" must be a year of four digits, e.g. "2026".' }),
  screenshots: z.boolean({ error: '"screenshots" must be true or false.' }).default(true),
});

const notFound = (what: string) =>
  new ReportRefusal(
    404,
    'NOT_FOUND',
    `${what} is not among the reports kept here; list them at /api/evidence/reports.`,
  );

const contentTypes = { zip: 'application/zip', pdf: 'application/pdf' } as const;

/**
 * The evidence service's API, under `/api/evidence/reports` on the console's origin (the load balancer routes it
 * here; the development stack does the same): an admin starts a period's report, follows it, and downloads its ZIP
 * and PDF. Every route checks the caller is a platform admin; every refusal is `{ code, message }`.
 */
export function createReportServer(options: { jobs: ReportJobs; adminOf: AdminCheck }): FastifyInstance {
  const { jobs, adminOf } = options;
  const app = Fastify({ logger: false, bodyLimit: 4096 });

  app.setErrorHandler((error: unknown, _request, reply: FastifyReply) => {
    if (error instanceof ReportRefusal) {
      return reply.code(error.status).send({
        code: error.code,
        message: error.message,
        ...(error.report === undefined ? {} : { report: error.report }),
      });
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own refusals: a body that is not JSON, too large, of another content type.
      return reply.code(status).send({
        code: 'BAD_REQUEST',
        message: `${(error as Error).message}. Send JSON such as {"period":"2026","screenshots":true}.`,
      });
    }
    app.log.error(error);
    console.error('BAS evidence service: unexpected error.', error);
    return reply.code(500).send({
      code: 'INTERNAL',
      message: 'The evidence service failed unexpectedly; its log has the details.',
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      code: 'NOT_FOUND',
      message: `${request.method} ${request.url.split('?')[0] ?? ''} is not an evidence service route: use /api/evidence/reports.`,
    }),
  );
  // Every route but the orchestrator's probe, unknown ones too: nothing else here answers anyone but an admin.
  const admins = new WeakMap<FastifyRequest, { name: string }>();
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    if (request.method === 'GET' && request.url === '/healthz') return;
    admins.set(request, await adminOf(request.headers.authorization));
  });
  // Says only that the process serves; how reports go is the admins' to ask.
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/api/evidence/reports', async () => ({ reports: jobs.list() }));

  app.post('/api/evidence/reports', async (request, reply) => {
    const name = admins.get(request)?.name ?? 'admin';
    const parsed = reportBody.safeParse(request.body ?? {});
    if (!parsed.success) {
      throw new ReportRefusal(
        400,
        'INVALID_REQUEST',
        parsed.error.issues.map((issue) => issue.message).join(' '),
      );
    }
    const token = request.headers.authorization?.slice('Bearer '.length) ?? '';
    const report = jobs.start({ ...parsed.data, token, requestedBy: name });
    return reply.code(202).header('location', `/api/evidence/reports/${report.id}`).send(report);
  });

  app.get<{ Params: { id: string } }>('/api/evidence/reports/:id', async (request) => {
    const report = jobs.get(request.params.id);
    if (report === undefined) throw notFound(`Report ${request.params.id}`);
    return report;
  });

  app.get<{ Params: { id: string; name: string } }>(
    '/api/evidence/reports/:id/files/:name',
    async (request, reply) => {
      const { id, name } = request.params;
      const file = jobs.fileOf(id, name);
      if (file === undefined) throw notFound(`File ${name} of report ${id}`);
      return reply
        .type(contentTypes[file.kind])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(createReadStream(file.path));
    },
  );
  return app;
}
