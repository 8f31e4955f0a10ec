import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireDeveloperOrAdmin, requireVisibleApp } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import { createNameCap } from '../telemetry/createNameCap.ts';
import { createReportGate } from '../telemetry/createReportGate.ts';
import { startTelemetryRetention, type TelemetryRetention } from '../telemetry/startTelemetryRetention.ts';
import { resolveTelemetryOptions, type TelemetryOptions } from '../telemetry/TelemetryOptions.ts';

const plainValue = z.union([z.string().max(200), z.number(), z.boolean()]);
const record = z.strictObject({
  appId: z.string().regex(/^[a-z0-9-]{2,50}$/),
  kind: z.enum(['event', 'error']),
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    error: 'must be a short name of letters, digits, ".", "_" or "-" (like "permohonan-dikirim")',
  }),
  data: z
    .record(z.string().max(40), plainValue)
    .refine((data) => Object.keys(data).length <= 20, { error: 'carries at most 20 values' })
    .optional(),
  // Still taken from shells that send it, and not kept: the registry stamps the time it receives the batch.
  at: z.iso.datetime().optional(),
});

/**
 * `POST /api/telemetry`: the shell's batches of what apps record through the SDK. `GET /api/apps/:id/telemetry`:
 * the counts, for the app's agency developers and admins. The batches' limits, the retention of what they carry
 * and its hourly counts are set by `options` (see TelemetryOptions).
 */
export function telemetryRoutes(
  context: RegistryContext,
  options: TelemetryOptions = {},
): FastifyPluginAsyncZod {
  const { store, telemetry, userFrom } = context;
  const limits = resolveTelemetryOptions(options);
  return async (app) => {
    const gate = await createReportGate(app, context, limits, 'telemetry');
    const names = createNameCap(limits.namesPerAppPerDay, (message) => app.log.warn(message));

    let retention: TelemetryRetention | undefined;
    app.addHook('onReady', (done) => {
      retention = startTelemetryRetention(telemetry, limits, (error) =>
        app.log.error(
          { err: error },
          'Folding old telemetry into hourly counts, or deleting hourly counts past their retention, failed; it is tried again within the hour.',
        ),
      );
      done();
    });
    app.addHook('onClose', () => retention?.stop());

    app.post(
      '/api/telemetry',
      {
        schema: {
          summary: "A batch of the apps' telemetry, sent by the shell",
          description:
            "Always 202 with no body: records of apps the caller cannot see in their manifest are dropped without a word (an answer that differed would tell whether a hidden app exists), as are records past the minute's quota of their app, for this client or for all clients together. An app's records with more distinct names a day than it may have are counted as `(other)`. Each client address may send a limited number of batches a minute; past it, 429 with Retry-After.",
          tags: ['telemetry'],
          security: [{}, { bearer: [] }],
          body: z.strictObject({ records: z.array(record).min(1).max(50) }),
        },
        onRequest: gate.limitBatches,
      },
      async (request, reply) => {
        const kept = (await gate.keep(request, request.body.records)).map((record) => names.cap(record));
        await telemetry.record(kept, new Date().toISOString());
        return reply.code(202).send();
      },
    );

    app.get(
      '/api/apps/:id/telemetry',
      {
        schema: {
          summary: "Counts of an app's telemetry events and errors (its agency's developers, admins)",
          description:
            'Counts records received since `since` (30 days back by default). Records older than the retention are counted by the hour they were received in; hourly counts older than their own retention (400 days by default) are gone.',
          tags: ['telemetry'],
          security: [{ bearer: [] }],
          params: z.object({ id: z.string().min(1).max(50) }),
          querystring: z.object({ since: z.iso.datetime().optional() }),
        },
      },
      async (request) => {
        const { id } = request.params;
        // Who may read first, then the app: an app of another agency gets the answer of an absent one.
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          "read an app's telemetry",
        );
        requireVisibleApp(actor, await store.getApp(id));
        // Stored times are compared as text, so `since` is written as they are (`…:00Z` would sort after `…:00.500Z`).
        const since = new Date(request.query.since ?? Date.now() - 30 * 24 * 3600 * 1000).toISOString();
        return { app: id, since, counts: await telemetry.counts(id, since) };
      },
    );
  };
}
