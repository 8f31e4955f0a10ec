import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RegistryContext } from '../RegistryContext.ts';

/** The shape of one violation, in either format browsers send; only what an operator reads is kept. */
const violation = z.looseObject({
  'effective-directive': z.string().optional(),
  effectiveDirective: z.string().optional(),
  'blocked-uri': z.string().optional(),
  blockedURL: z.string().optional(),
  'document-uri': z.string().optional(),
  documentURL: z.string().optional(),
  disposition: z.string().optional(),
  'source-file': z.string().optional(),
  sourceFile: z.string().optional(),
});
const reports = z.union([
  // `report-uri`: application/csp-report
  z.object({ 'csp-report': violation }),
  // The Reporting API (`report-to`): application/reports+json
  z.array(z.looseObject({ type: z.string(), body: violation })).max(100),
]);

/**
 * What the portal's Content-Security-Policy needs from the catalog, and where browsers report what it blocked.
 * `GET /api/csp-sources`: the agency API origins the apps call (`connect-src`) and the legacy apps' origins
 * (`frame-src`), over every app, internal ones too (origins are addresses, not secrets). `POST /api/csp-reports`:
 * violation reports, logged for the operators; Trusted Types runs report-only until they show none.
 */
export function securityPolicyRoutes({ store }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    for (const type of ['application/csp-report', 'application/reports+json']) {
      app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
        try {
          done(null, JSON.parse(String(body)));
        } catch {
          done(
            Object.assign(new Error('The report is not JSON: send the body the browser made.'), {
              statusCode: 400,
            }),
            undefined,
          );
        }
      });
    }

    app.get(
      '/api/csp-sources',
      { schema: { summary: "Origins the portal's CSP allows beyond its own", tags: ['security'] } },
      async (_request, reply) => {
        const entries = (await store.currentEntries()).filter((entry) => entry.status !== 'disabled');
        const connect = new Set<string>();
        const frame = new Set<string>();
        for (const entry of entries) {
          // Declared API origins; an app without them calls its own origin, which the remotes' origins cover.
          if (entry.kind === 'federated') for (const origin of entry.apiOrigins ?? []) connect.add(origin);
          if (entry.kind === 'iframe') frame.add(new URL(entry.url).origin);
        }
        void reply.header('cache-control', 'no-cache');
        return { connect: [...connect].sort(), frame: [...frame].sort() };
      },
    );

    app.post(
      '/api/csp-reports',
      {
        schema: { summary: 'Violation reports of the portal pages’ CSP', tags: ['security'], body: reports },
      },
      async (request, reply) => {
        const received = Array.isArray(request.body)
          ? request.body.map((report) => report.body)
          : [request.body['csp-report']];
        for (const report of received) {
          request.log.warn(
            {
              directive: report['effective-directive'] ?? report.effectiveDirective,
              blocked: report['blocked-uri'] ?? report.blockedURL,
              page: report['document-uri'] ?? report.documentURL,
              source: report['source-file'] ?? report.sourceFile,
              disposition: report.disposition,
            },
            'Content-Security-Policy violation',
          );
        }
        return reply.code(204).send();
      },
    );
  };
}
