import { manifestEntrySchema } from '@bas/manifest';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  requireAdmin,
  requireDeveloperOrAdmin,
  requirePerson,
  requireVisibleApp,
} from '../auth/requireActor.ts';
import { versionFolder } from '../assets/storeBundle.ts';
import { checkPublication } from '../catalog/checkPublication.ts';
import { pendingVersionLimit } from '../catalog/pendingVersionLimit.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import { reasonBody, reasonField, requireReason } from './reasonBody.ts';

const appParams = z.object({
  id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
});
export const versionParams = appParams.extend({
  version: z.string().min(1).max(64, { error: 'must be at most 64 characters, as versions are' }),
});
const security = [{ bearer: [] }];
/** What the routes that take a reason say of it in the OpenAPI document. */
const reasonNote = (required: boolean) =>
  required
    ? ' The body `{ "reason": "…" }` says why (1 to 500 characters of plain text, kept in the audit log); it is required from the console (client bas-console), optional from bas-remote, which may send no body.'
    : ' The body `{ "reason": "…" }` may say why (1 to 500 characters of plain text, kept in the audit log); no body is fine.';
/** `?existingApp=true`: the publisher says the project is a new version of the app that holds the id. */
export const publishQuery = z.object({
  existingApp: z
    .enum(['true', 'false'])
    .optional()
    .describe('true when the project is a new version of the app that already holds this id'),
});

/** Publishing: developers publish versions of their agency's apps; admins approve, roll back, disable. */
export function appRoutes({
  store,
  manifests,
  userFrom,
  environment,
  storage,
  assetOrigin,
}: RegistryContext): FastifyPluginAsyncZod {
  /**
   * Deletes the uploaded builds of versions the catalog no longer has, once the change that dropped them has
   * committed: nothing serves those files any more, so a failure is logged for someone to delete them by hand and
   * the answer stays the change's.
   */
  const removeUploads = async (log: FastifyBaseLogger, id: string, versions: readonly string[]) => {
    for (const version of versions) {
      const folder = versionFolder(id, version);
      await storage
        .remove(folder)
        .catch((error: unknown) =>
          log.error(
            { err: error },
            `The uploaded build of ${id} ${version} could not be deleted from the asset storage (${folder}); nothing serves it any more: delete that folder by hand.`,
          ),
        );
    }
  };

  return async (app) => {
    app.get(
      '/api/apps/:id',
      { schema: { summary: 'An app and its versions', tags: ['publishing'], security, params: appParams } },
      async (request) => {
        const { id } = request.params;
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          "read an app's versions",
        );
        return requireVisibleApp(actor, await store.getApp(id));
      },
    );

    app.get(
      '/api/app-ids/:id',
      {
        schema: {
          summary: 'Who holds an app id (404 when it is free)',
          description:
            "For a developer choosing an id: the agency that holds it, with the app's name and served version when the caller may see them (a public app; an internal, disabled or never approved one to its agency's developers and admins). Needs no sign-in: which agency holds an id is no secret, and a publication would say it. Unlike GET /api/apps/:id, which answers 404 for another agency's app, this tells that the id is taken, as publishing it would.",
          tags: ['publishing'],
          params: appParams,
        },
      },
      // The one route that tells whether an id is taken, on purpose: a developer choosing an id needs to know, and
      // publishing it would tell anyway. It says no more than they need: the holder's agency (their own: publish as
      // that app; another: choose another id, or ask that agency to release it), and the name and served version only
      // to those who may see the app anyway. Never its versions, state or who published them.
      async (request) => {
        const user = await userFrom(request.headers.authorization);
        const holder = await store.idHolder(request.params.id);
        if (holder === undefined) {
          throw new RegistryError('NOT_FOUND', `The id "${request.params.id}" is free.`);
        }
        const { listed, ...about } = holder;
        const insider =
          user.kind === 'signed-in' &&
          user.publishScope === undefined &&
          (user.roles.includes('admin') ||
            (user.roles.includes('developer') && user.agency === holder.agency));
        return listed || insider ? about : { ...about, name: null, currentVersion: null };
      },
    );

    app.get(
      '/api/apps/:id/versions/:version',
      {
        schema: {
          summary: 'One version beside the version served now',
          tags: ['publishing'],
          security,
          params: versionParams,
        },
      },
      async (request) => {
        const { id, version } = request.params;
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          'read a version',
        );
        // The app first: a hidden app's version gets the answer of an absent app, not of an absent version.
        requireVisibleApp(actor, await store.getApp(id));
        return store.versionDetail(id, version);
      },
    );

    app.post(
      '/api/apps/:id/versions',
      {
        schema: {
          summary: 'Publish a new version (registers the app on its first version)',
          description: 'The body is a manifest entry; the version waits for an admin to approve it.',
          tags: ['publishing'],
          security,
          params: appParams,
          querystring: publishQuery,
          body: manifestEntrySchema,
        },
        // The entry is checked below by @bas/manifest, whose messages name each field and the environment's rules.
        validatorCompiler: () => (value) => ({ value }),
      },
      async (request, reply) => {
        const { entry, actor, warnings } = checkPublication(
          request.body,
          request.params.id,
          await userFrom(request.headers.authorization),
          environment,
        );
        // The asset origin serves uploaded builds, whose entries the registry writes itself. An entry written by hand
        // there could name another app's files in its opening files, with hashes that fail them in the page.
        if (entry.kind === 'federated' && new URL(entry.manifestUrl).origin === assetOrigin) {
          throw new RegistryError(
            'VALIDATION_FAILED',
            `${entry.manifestUrl} is on the portal's asset origin, where builds are uploaded: run \`bas-remote publish\` without --entry-url, or point manifestUrl at where your agency serves the build.`,
            [{ path: 'manifestUrl', message: 'is on the asset origin; upload the build instead' }],
          );
        }
        const { registered } = await store.publish(entry, actor, {
          existingApp: request.query.existingApp === 'true',
        });
        return reply.code(201).send({
          id: entry.id,
          version: entry.version,
          state: 'pending',
          registered,
          ...(warnings.length > 0 ? { warnings } : {}),
        });
      },
    );

    app.post(
      '/api/apps/:id/versions/:version/approve',
      {
        schema: {
          summary: 'Approve a pending version (admin)',
          description: `Serves the version from the next manifest.${reasonNote(false)}`,
          tags: ['publishing'],
          security,
          params: versionParams,
          body: reasonBody,
        },
      },
      async (request) => {
        const what = 'approve a version';
        const actor = requireAdmin(await userFrom(request.headers.authorization), what);
        const reason = requireReason(actor, request.body?.reason, what, false);
        await store.approve(request.params.id, request.params.version, actor, reason);
        manifests.invalidate();
        return store.getApp(request.params.id);
      },
    );

    app.delete(
      '/api/apps/:id/versions/:version',
      {
        schema: {
          summary: 'Reject a pending version (admins; its agency withdraws it)',
          description: `Takes back a version that waits for approval: an admin's no, or its agency's developers withdrawing it. Approved versions stay (409): roll back or disable instead. An app takes at most ${pendingVersionLimit} pending versions; this makes room. The audit log keeps the entry; an uploaded build of the version is deleted.${reasonNote(true)}`,
          tags: ['publishing'],
          security,
          params: versionParams,
          body: reasonBody,
        },
      },
      async (request) => {
        const { id, version } = request.params;
        const what = 'reject a version';
        const actor = requirePerson(
          requireDeveloperOrAdmin(await userFrom(request.headers.authorization), id, what),
          what,
        );
        const reason = requireReason(actor, request.body?.reason, what, true);
        requireVisibleApp(actor, await store.getApp(id));
        await store.reject(id, version, actor, reason);
        await removeUploads(request.log, id, [version]);
        return store.getApp(id);
      },
    );

    app.delete(
      '/api/apps/:id',
      {
        schema: {
          summary: 'Release the id and route of an app never approved (admin)',
          description:
            "A first publication that nobody approves would hold its id and route forever. This deletes such an app: its pending versions and their uploaded builds, publish tokens, telemetry and the requests people's apps reported for it; the id and route are free again, and the audit log records the release. An app with an approved version is refused (409): disable it or roll it back instead. Every admin may, those of the app's agency included." +
            reasonNote(false),
          tags: ['publishing'],
          security,
          params: appParams,
          body: reasonBody,
        },
      },
      async (request) => {
        const what = 'release an app id';
        const actor = requireAdmin(await userFrom(request.headers.authorization), what);
        const reason = requireReason(actor, request.body?.reason, what, false);
        const { id, versions } = await store.release(request.params.id, actor, reason);
        await removeUploads(request.log, id, versions);
        return { id, released: true, versions };
      },
    );

    app.post(
      '/api/apps/:id/rollback',
      {
        schema: {
          summary: 'Serve an earlier approved version again (admin)',
          description: `The body names the version: \`{ "version": "1.4.0", "reason": "…" }\`.${reasonNote(true)}`,
          tags: ['publishing'],
          security,
          params: appParams,
          body: z.object({ version: z.string().min(1).max(64), reason: reasonField.optional() }),
        },
      },
      async (request) => {
        const what = 'roll back an app';
        const actor = requireAdmin(await userFrom(request.headers.authorization), what);
        const reason = requireReason(actor, request.body.reason, what, true);
        await store.rollback(request.params.id, request.body.version, actor, reason);
        manifests.invalidate();
        return store.getApp(request.params.id);
      },
    );

    for (const [action, enabled] of [
      ['disable', false],
      ['enable', true],
    ] as const) {
      app.post(
        `/api/apps/:id/${action}`,
        {
          schema: {
            summary: enabled
              ? 'Enable an app again (admin)'
              : 'Kill switch: remove an app from the manifest (admin)',
            description: enabled
              ? `Puts the app back in the manifest.${reasonNote(false)}`
              : `Takes the app out of the very next manifest; its versions stay.${reasonNote(true)}`,
            tags: ['publishing'],
            security,
            params: appParams,
            body: reasonBody,
          },
        },
        async (request) => {
          const what = `${action} an app`;
          const actor = requireAdmin(await userFrom(request.headers.authorization), what);
          // Taking an app away needs a reason from the console; putting it back does not.
          const reason = requireReason(actor, request.body?.reason, what, !enabled);
          const status = await store.setEnabled(request.params.id, enabled, actor, reason);
          manifests.invalidate();
          return { id: request.params.id, status };
        },
      );
    }
  };
}
