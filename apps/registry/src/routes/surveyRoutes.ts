import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anonymousUser } from '@bas/manifest';
import { z } from 'zod';
import { requireDeveloperOrAdmin, requireVisibleApp } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import { periodAsked, periodQuery } from '../survey/periodQuery.ts';
import { satisfactionIndex } from '../survey/satisfactionIndex.ts';
import { surveyAnswerBody } from '../survey/surveyAnswerBody.ts';
import { surveyElements } from '../survey/surveyElements.ts';
import type { SurveyStore } from '../survey/createSurveyStore.ts';
import { createReportGate } from '../telemetry/createReportGate.ts';
import { createVisibleApps } from '../telemetry/createVisibleApps.ts';
import { resolveTelemetryOptions, type TelemetryOptions } from '../telemetry/TelemetryOptions.ts';

/**
 * Answers one client address may send a minute, for all apps together. A person answers once after a service, so
 * ten leave room for a queue at an office's kiosk or several people behind one carrier's address, while a script
 * filling the survey from one address adds ten answers a minute, not the telemetry's 120 batches.
 */
export const surveyAnswersPerClientPerMinute = 10;

const appId = z.string().regex(/^[a-z0-9-]{2,50}$/, {
  error: 'must be an app id of the catalog: 2 to 50 lower-case letters, digits or "-"',
});

const satisfactionAnswer = z.object({
  app: z.string(),
  period: z.string().describe('the UTC year the answers were received in'),
  answers: z.number().int(),
  elements: z
    .array(
      z.object({
        code: z.enum(surveyElements.map(({ code }) => code) as [string, ...string[]]),
        name: z.string(),
        mean: z.number().nullable().describe('the mean score, 1 to 4 (three decimals); null without answers'),
      }),
    )
    .describe('the nine elements of Permenpan RB 14/2017, U1 to U9'),
  ikm: z
    .number()
    .nullable()
    .describe(
      'the satisfaction index (IKM): the elements’ means weighted 1/9 each, summed, times 25 (25 to 100, two decimals); null without answers',
    ),
  grade: z
    .enum(['A', 'B', 'C', 'D'])
    .nullable()
    .describe('A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99'),
  gradeLabel: z.string().nullable().describe('Sangat Baik, Baik, Kurang Baik or Tidak Baik'),
});

/**
 * `POST /api/apps/:id/survey-answers`: one anonymous answer to an app's satisfaction survey (Survei Kepuasan
 * Masyarakat), through the same gate as the shell's reports (createReportGate): kept only for an app of the caller's
 * own manifest, limited per client address. `GET /api/apps/:id/satisfaction`: a period's index, for the app's agency
 * developers and admins. Answers past the telemetry's quotas per client and app and per app a minute are dropped, as
 * telemetry's are (TelemetryOptions).
 */
export function surveyRoutes(
  context: RegistryContext,
  survey: SurveyStore,
  options: TelemetryOptions = {},
): FastifyPluginAsyncZod {
  const { store, userFrom } = context;
  const limits = {
    ...resolveTelemetryOptions(options),
    requestsPerClientPerMinute: surveyAnswersPerClientPerMinute,
  };
  const publicApps = createVisibleApps(context.manifests);
  return async (app) => {
    const gate = await createReportGate(app, context, limits, 'survey answers', {
      requests: 'survey answers',
      why: 'a person answers an app’s survey once after using it, so nobody needs this many',
    });

    app.post(
      '/api/apps/:id/survey-answers',
      {
        schema: {
          summary: "One person's answer to an app's satisfaction survey (anyone who sees the app)",
          description:
            "Anonymous: nothing of the person or their address is kept, only the nine scores and the time received (its UTC year is the answer's period). Anyone may answer for a public app, a signed-in caller also for the internal apps of their manifest. Always 202 with no body once the scores are valid: an answer for an app the caller cannot see (internal, pending, disabled, absent) is dropped without a word, so the answer never tells whether a hidden app exists; so is one past the minute's quotas per client and app and per app. Each client address may send 10 answers a minute; past it, 429 with Retry-After.",
          tags: ['survey'],
          security: [{}, { bearer: [] }],
          params: z.object({ id: appId }),
          body: surveyAnswerBody,
        },
        onRequest: gate.limitBatches,
      },
      async (request, reply) => {
        const kept = await gate.keep(request, [{ appId: request.params.id }]);
        if (kept.length > 0)
          await survey.record(request.params.id, request.body.scores, new Date().toISOString());
        return reply.code(202).send();
      },
    );

    app.get(
      '/api/apps/:id/satisfaction',
      {
        schema: {
          summary:
            "An app's satisfaction index (IKM) for a year (anyone for a public app; its agency's developers and admins for an internal one)",
          description:
            "The answers received in the UTC year `period` (this year by default): each element's mean score, the index (IKM, 25 to 100) and its grade, as Permenpan RB 14/2017 computes them; null figures without answers. Published for every app a visitor sees in the portal, as the regulation asks that the index be made public; an internal app is its agency's and the admins', and another agency's gets the answer of an absent one.",
          tags: ['survey'],
          security: [{ bearer: [] }, {}],
          params: z.object({
            id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
          }),
          querystring: periodQuery,
          response: { 200: satisfactionAnswer },
        },
      },
      async (request) => {
        const { id } = request.params;
        const user = await userFrom(request.headers.authorization);
        // The index of a service the public sees is public (Permenpan RB 14/2017 asks that it be published): the
        // survey screen shows it to the person who just answered. Any other app's: who may read first, then the
        // app, so that an app of another agency gets the answer of an absent one.
        if (!(await publicApps(anonymousUser)).has(id)) {
          const actor = requireDeveloperOrAdmin(user, id, "read an internal app's satisfaction survey");
          requireVisibleApp(actor, await store.getApp(id));
        }
        const period = periodAsked(request.query);
        const totals = (await survey.totals(period, id)).get(id) ?? { answers: 0, sums: [] };
        return { app: id, period, ...satisfactionIndex(totals) };
      },
    );
  };
}
