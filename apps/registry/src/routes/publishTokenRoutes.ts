import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAgencyDeveloper, requirePerson, requirePublisher } from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const appParams = z.object({ id: z.string().min(1).max(50) });
const security = [{ bearer: [] }];

/**
 * Publish tokens (decisions/0019): CI publishes an app with a token of its own, made and revoked by the people who
 * may publish the app, instead of with a person's sign-in.
 */
export function publishTokenRoutes({
  store,
  userFrom,
  publishTokens,
}: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/apps/:id/publish-tokens',
      {
        schema: {
          summary: 'Make a publish token for the app (shown once), for CI',
          tags: ['publishing'],
          security,
          params: appParams,
          body: z.object({ label: z.string().min(1).max(80).optional() }).optional(),
        },
      },
      async (request, reply) => {
        const record = await store.getApp(request.params.id);
        const actor = requirePerson(
          requirePublisher(await userFrom(request.headers.authorization), record.agency, record.id),
          'make a publish token',
        );
        const made = await publishTokens.create(record.id, actor, request.body?.label);
        return reply.code(201).send({
          ...made,
          appId: record.id,
          message: `Keep this token as a CI secret (BAS_TOKEN) now: it is not shown again. It publishes ${record.id} only; revoke it with DELETE /api/apps/${record.id}/publish-tokens/${made.id}.`,
        });
      },
    );

    app.get(
      '/api/apps/:id/publish-tokens',
      {
        schema: {
          summary: "The app's publish tokens (never their secrets)",
          tags: ['publishing'],
          security,
          params: appParams,
        },
      },
      async (request) => {
        const record = await store.getApp(request.params.id);
        requirePerson(
          requireAgencyDeveloper(
            await userFrom(request.headers.authorization),
            record,
            'list publish tokens',
          ),
          'list publish tokens',
        );
        return { appId: record.id, tokens: await publishTokens.list(record.id) };
      },
    );

    app.delete(
      '/api/apps/:id/publish-tokens/:tokenId',
      {
        schema: {
          summary: 'Revoke a publish token',
          tags: ['publishing'],
          security,
          params: appParams.extend({ tokenId: z.string().min(1).max(40) }),
        },
      },
      async (request) => {
        const record = await store.getApp(request.params.id);
        const actor = requirePerson(
          requireAgencyDeveloper(
            await userFrom(request.headers.authorization),
            record,
            'revoke a publish token',
          ),
          'revoke a publish token',
        );
        await publishTokens.revoke(record.id, request.params.tokenId, actor);
        return { appId: record.id, revoked: request.params.tokenId };
      },
    );
  };
}
