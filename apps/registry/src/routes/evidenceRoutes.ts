import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAdmin } from '../auth/requireActor.ts';
import { buildEvidence } from '../evidence/buildEvidence.ts';
import type { EvidenceStore } from '../evidence/createEvidenceStore.ts';
import { evidenceSchema } from '@bas/manifest/evidence';
import type { RegistryContext } from '../RegistryContext.ts';
import type { SurveyStore } from '../survey/createSurveyStore.ts';
import { periodAsked, periodQuery } from '../survey/periodQuery.ts';

/**
 * `GET /api/evidence?period=2026`: the SPBE evidence of a year, for the admins (the platform team prepares the
 * evaluation): per service-domain indicator and per active app, computed from what the registry stores.
 */
export function evidenceRoutes(
  { store, userFrom }: RegistryContext,
  figures: { evidence: EvidenceStore; survey: SurveyStore },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/evidence',
      {
        schema: {
          summary: 'The SPBE evidence of a year, per indicator and per active app (admin)',
          description:
            "Every app whose served version is active (all roles), with its indicator, owner, addresses, the screens its entry names for the screenshots, the period's uptime from the monitor's daily counts, load success and openings per month from real-user monitoring (each opening counted once across the hourly roll-up), its satisfaction index (Permenpan RB 14/2017), a sentence of evidence and what is missing (`gaps`); per indicator 32 to 47 the same figures summed. `sources` says where each figure comes from. `period` is a UTC year, this year by default. The shape is `evidenceSchema` of `@bas/manifest/evidence` (JSON Schema: `evidenceJsonSchema`), which `npm run evidence` validates against.",
          tags: ['evidence'],
          security: [{ bearer: [] }],
          querystring: periodQuery,
          response: { 200: evidenceSchema },
        },
      },
      async (request) => {
        requireAdmin(await userFrom(request.headers.authorization), 'read the SPBE evidence');
        const period = periodAsked(request.query);
        const next = String(Number(period) + 1);
        const [entries, uptime, opensByMonth, survey] = await Promise.all([
          store.currentEntries(),
          figures.evidence.uptime(`${period}-01-01`, `${next}-01-01`),
          figures.evidence.opensByMonth(`${period}-01-01T00:00:00.000Z`, `${next}-01-01T00:00:00.000Z`),
          figures.survey.totals(period),
        ]);
        return buildEvidence({
          period,
          generatedAt: new Date().toISOString(),
          entries: entries.filter((entry) => entry.status === 'active'),
          uptime,
          opensByMonth,
          survey,
        });
      },
    );
  };
}
