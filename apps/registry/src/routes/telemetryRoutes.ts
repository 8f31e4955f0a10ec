import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAgencyDeveloper } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

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
  at: z.iso.datetime(),
});

/**
 * `POST /api/telemetry`: the shell's batches of what apps record through the SDK (anyone may send: citizens use
 * apps anonymously). `GET /api/apps/:id/telemetry`: the counts, for the app's agency developers and admins.
 */
export function telemetryRoutes({ store, telemetry, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/telemetry',
      {
        schema: {
          summary: "A batch of the apps' telemetry, sent by the shell",
          tags: ['telemetry'],
          body: z.strictObject({ records: z.array(record).min(1).max(50) }),
        },
      },
      async (request, reply) => {
        const accepted = await telemetry.record(request.body.records);
        return reply.code(202).send({ accepted });
      },
    );

    app.get(
      '/api/apps/:id/telemetry',
      {
        schema: {
          summary: "Counts of an app's telemetry events and errors (its agency's developers, admins)",
          tags: ['telemetry'],
          security: [{ bearer: [] }],
          params: z.object({ id: z.string().min(1).max(50) }),
          querystring: z.object({ since: z.iso.datetime().optional() }),
        },
      },
      async (request) => {
        const user = await userFrom(request.headers.authorization);
        requireAgencyDeveloper(user, await store.getApp(request.params.id), "read an app's telemetry");
        const since = request.query.since ?? new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
        return { app: request.params.id, since, counts: await telemetry.counts(request.params.id, since) };
      },
    );
  };
}
