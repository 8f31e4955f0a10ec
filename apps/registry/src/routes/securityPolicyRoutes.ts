import type { ManifestUser } from '@bas/manifest';
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

/** Every enabled app, internal ones too: origins are addresses, not secrets. */
const everyEnabledApp: ManifestUser = { kind: 'signed-in', username: '(page policy)', roles: ['admin'] };

/**
 * What the portal's Content-Security-Policy needs from the catalog, and where browsers report what it blocked.
 * `GET /api/csp-sources?route=`: the agency API origins the app at `/layanan/<route>` calls (`connect-src`) and its
 * origin if it is a legacy app in a frame (`frame-src`). Per app, not for the catalog: a page's policy allows what
 * its app needs, and a catalog of 27,000 apps would not fit in a header. `POST /api/csp-reports`: violation reports,
 * logged for the operators; Trusted Types runs report-only until they show none.
 */
export function securityPolicyRoutes({ manifests }: RegistryContext): FastifyPluginAsyncZod {
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
      {
        schema: {
          summary: "Origins the portal's CSP allows beyond its own, for the page of one app",
          tags: ['security'],
          querystring: z.object({
            route: z.string().max(50, { error: "route: give the app's route, at most 50 characters" }),
          }),
        },
      },
      async (request, reply) => {
        const { entry } = await manifests.entryAt(everyEnabledApp, request.query.route);
        const connect = new Set<string>();
        const frame = new Set<string>();
        // Declared API origins; an app without them calls its own origin, which the remotes' origins cover.
        if (entry?.kind === 'federated') for (const origin of entry.apiOrigins ?? []) connect.add(origin);
        if (entry?.kind === 'iframe') frame.add(new URL(entry.url).origin);
        void reply.header('cache-control', 'no-cache');
        return { connect: [...connect], frame: [...frame] };
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
