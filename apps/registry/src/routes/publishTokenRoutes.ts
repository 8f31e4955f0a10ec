import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  requireDeveloperOrAdmin,
  requirePerson,
  requirePublisher,
  requireVisibleApp,
} from '../auth/requireActor.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const appParams = z.object({
  id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
});
const security = [{ bearer: [] }];

/**
 * Publish tokens (decisions/0019): CI publishes an app with a token of its own, made and revoked by the people who
 * may publish the app, instead of with a person's sign-in. The caller is checked before the app is looked up, and
 * another agency's app is answered as an absent one, so that these routes tell nobody which apps exist.
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
        const what = 'make a publish token';
        const user = await userFrom(request.headers.authorization);
        const caller = requirePerson(requireDeveloperOrAdmin(user, request.params.id, what), what);
        const record = requireVisibleApp(caller, await store.getApp(request.params.id));
        const actor = requirePublisher(user, record.agency, record.id);
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
        const what = 'list publish tokens';
        const actor = requirePerson(
          requireDeveloperOrAdmin(await userFrom(request.headers.authorization), request.params.id, what),
          what,
        );
        const record = requireVisibleApp(actor, await store.getApp(request.params.id));
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
        const what = 'revoke a publish token';
        const actor = requirePerson(
          requireDeveloperOrAdmin(await userFrom(request.headers.authorization), request.params.id, what),
          what,
        );
        const record = requireVisibleApp(actor, await store.getApp(request.params.id));
        await publishTokens.revoke(record.id, request.params.tokenId, actor);
        return { appId: record.id, revoked: request.params.tokenId };
      },
    );
  };
}
