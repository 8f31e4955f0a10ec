import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Counter, type Registry } from 'prom-client';
import { z } from 'zod';
import { requireDeveloperOrAdmin, requireVisibleApp } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import { resolveRumOptions, type RumOptions } from '../rum/RumOptions.ts';
import { rumRowOf } from '../rum/rumRowOf.ts';
import { rumFailureCauses, rumVitals } from '../rum/RumSample.ts';
import { startRumRollUp, type RumRollUp } from '../rum/startRumRollUp.ts';
import { createReportGate } from '../telemetry/createReportGate.ts';
import { resolveTelemetryOptions, type TelemetryOptions } from '../telemetry/TelemetryOptions.ts';

const dayMs = 24 * 3600 * 1000;
/** The longest an opening is timed: the shell gives up long before. */
const maxMs = 600_000;

const appId = z.string().regex(/^[a-z0-9-]{2,50}$/, {
  error: 'must be an app id of the catalog: 2 to 50 lower-case letters, digits or "-"',
});
const milliseconds = z
  .number()
  .min(0, { error: `must be milliseconds from 0 to ${maxMs}` })
  .max(maxMs, { error: `must be milliseconds from 0 to ${maxMs}` });
const opening = z.discriminatedUnion(
  'outcome',
  [
    z.strictObject({ appId, metric: z.literal('open'), outcome: z.literal('mounted'), ms: milliseconds }),
    z.strictObject({
      appId,
      metric: z.literal('open'),
      outcome: z.literal('failed'),
      cause: z.enum(rumFailureCauses, { error: `must be one of ${rumFailureCauses.join(', ')}` }),
      ms: milliseconds,
    }),
  ],
  { error: 'must be "mounted" or "failed"' },
);
const sample = z.discriminatedUnion(
  'metric',
  [
    opening,
    z.strictObject({ appId, metric: z.enum(['LCP', 'INP', 'FCP', 'TTFB']), value: milliseconds }),
    z.strictObject({
      appId,
      metric: z.literal('CLS'),
      value: z
        .number()
        .min(0, { error: 'must be from 0 to 100' })
        .max(100, { error: 'must be from 0 to 100' }),
    }),
  ],
  { error: `must be "open" (an opening of the app) or a Core Web Vital: ${rumVitals.join(', ')}` },
);

const count = z.number().int();
const usageAnswer = z.object({
  app: z.string(),
  since: z.iso.datetime(),
  until: z.iso.datetime(),
  opens: z.object({
    attempts: count,
    mounted: count,
    failed: count,
    failures: z.record(z.enum(rumFailureCauses), count).describe('the failed openings by cause'),
    timeToMountedMs: z
      .object({ p50: z.number(), p75: z.number(), p95: z.number() })
      .nullable()
      .describe(
        'from the start of an opening until the app mounted, of the mounted openings still kept raw; null when there are none',
      ),
  }),
  vitals: z
    .record(z.enum(rumVitals), z.object({ count, p75: z.number().nullable() }).nullable())
    .describe(
      'the portal’s Core Web Vitals while the app was on screen (milliseconds; CLS unitless): how many, and the p75 of those still kept raw; null for a vital not measured in the range',
    ),
  hours: z
    .array(
      z.object({
        hour: z.iso.datetime(),
        attempts: count,
        failed: count,
        mountedP75Ms: z.number().nullable(),
      }),
    )
    .describe('each UTC hour of the range with samples, oldest first'),
});

export interface RumRoutesOptions {
  /** Retention and roll-up (see RumOptions); the defaults when left out. */
  rum?: RumOptions | undefined;
  /** The limits `POST /api/rum` is held to are the telemetry's (see TelemetryOptions), counted apart. */
  telemetry?: TelemetryOptions | undefined;
  /** The registry's metrics (registerMetrics), which count the samples stored. */
  metrics: Registry;
}

/**
 * `POST /api/rum`: what the shell measured while people opened apps (real-user monitoring). `GET
 * /api/apps/:id/usage`: an app's openings, their failures by cause and the portal's Core Web Vitals over a range, for
 * the app's agency developers and admins. Runs the roll-up into hourly figures and the retentions (startRumRollUp)
 * while the registry runs.
 */
export function rumRoutes(context: RegistryContext, options: RumRoutesOptions): FastifyPluginAsyncZod {
  const { store, rum, userFrom } = context;
  const limits = resolveTelemetryOptions(options.telemetry);
  const settings = resolveRumOptions(options.rum);
  const maxRangeMs = settings.hourlyRetentionDays * dayMs;
  const stored = new Counter({
    name: 'bas_registry_rum_samples_total',
    help: 'Real-user samples stored, by metric and, for failed openings, cause ("" for mounted openings and vitals): the share of openings that fail across the portal, and why.',
    labelNames: ['metric', 'cause'],
    registers: [options.metrics],
  });

  /** `since` and `until` checked and filled in: the last 24 hours by default, never longer than figures are kept. */
  const range = z
    .object({
      since: z.iso.datetime().optional(),
      until: z.iso.datetime().optional(),
    })
    .transform(({ since, until }, check) => {
      const end = until === undefined ? Date.now() : Date.parse(until);
      const start = since === undefined ? end - dayMs : Date.parse(since);
      if (start >= end) {
        check.addIssue({
          code: 'custom',
          path: ['since'],
          message: `must be before until (${new Date(end).toISOString()}); leave it out for the 24 hours before until`,
        });
      } else if (end - start > maxRangeMs) {
        check.addIssue({
          code: 'custom',
          path: ['since'],
          message: `must be at most ${settings.hourlyRetentionDays} days before until, as long as hourly figures are kept; ask for a shorter range`,
        });
      }
      return { since: new Date(start).toISOString(), until: new Date(end).toISOString() };
    });

  return async (app) => {
    const gate = await createReportGate(app, context, limits, 'real-user monitoring');

    let rollUp: RumRollUp | undefined;
    app.addHook('onReady', (done) => {
      rollUp = startRumRollUp(rum, settings, (error) =>
        app.log.error(
          { err: error },
          `Rolling up real-user samples into hourly figures, or deleting samples and figures past their retention, failed; it is tried again at the next run (every ${settings.rollUpMinutes} min), and nothing is lost meanwhile: samples are deleted only once their hour is rolled up.`,
        ),
      );
      done();
    });
    app.addHook('onClose', () => rollUp?.stop());

    app.post(
      '/api/rum',
      {
        schema: {
          summary: 'A batch of real-user samples, sent by the shell: openings of apps and Core Web Vitals',
          description: `Each sample is an opening of an app that mounted (\`outcome: "mounted"\`) or failed (\`outcome: "failed"\` and its \`cause\`), with the milliseconds from the start of the attempt, or one of the portal's Core Web Vitals while the app was on screen. Always 202 with no body: samples of apps the caller cannot see in their manifest are dropped without a word (an answer that differed would tell whether a hidden app exists), as are samples past the minute's quota of their app, for this client or for all clients together (the telemetry's limits, counted apart from it). The registry stamps each sample with the time it receives the batch. Each client address may send a limited number of batches a minute; past it, 429 with Retry-After.`,
          tags: ['usage'],
          security: [{}, { bearer: [] }],
          body: z.strictObject({ samples: z.array(sample).min(1).max(50) }),
        },
        onRequest: gate.limitBatches,
      },
      async (request, reply) => {
        const kept = await gate.keep(request, request.body.samples);
        await rum.record(kept, new Date().toISOString());
        for (const one of kept) {
          const { metric, cause } = rumRowOf(one);
          stored.inc({ metric, cause });
        }
        return reply.code(202).send();
      },
    );

    app.get(
      '/api/apps/:id/usage',
      {
        schema: {
          summary:
            "How people's openings of an app went, and the portal's Core Web Vitals with it (its agency's developers, admins)",
          description: `The openings received from \`since\` until \`until\` (the last 24 hours by default, at most ${settings.hourlyRetentionDays} days): attempts, how many mounted and how many failed by cause, exact to the sample (a sample received a moment ago counts at once; a range starting within an hour older than ${settings.retentionDays} days misses that hour's part); the time until mounted (p50, p75, p95) and the vitals' p75 of the samples still kept raw (${settings.retentionDays} days); and the same per UTC hour. Hours older than ${settings.hourlyRetentionDays} days are gone. Another agency's app gets the answer of an absent one.`,
          tags: ['usage'],
          security: [{ bearer: [] }],
          params: z.object({
            id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
          }),
          querystring: range,
          response: { 200: usageAnswer },
        },
      },
      async (request) => {
        const { id } = request.params;
        // Who may read first, then the app: an app of another agency gets the answer of an absent one.
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          "read an app's usage",
        );
        requireVisibleApp(actor, await store.getApp(id));
        return rum.usage(id, request.query.since, request.query.until);
      },
    );
  };
}
