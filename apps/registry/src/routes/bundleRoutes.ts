import { integrityIndexName } from '@bas/manifest/integrity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bundleLimits, verifyBundle } from '../assets/verifyBundle.ts';
import { planBundle, storeBundle } from '../assets/storeBundle.ts';
import { requireDeveloperOrAdmin } from '../auth/requireActor.ts';
import { checkPublication } from '../catalog/checkPublication.ts';
import { pendingVersionLimit, tooManyPendingVersions } from '../catalog/pendingVersionLimit.ts';
import { publishQuery } from './appRoutes.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const body = z.object({
  /** The catalog entry without `manifestUrl` and `integrity`: the registry sets both to the stored build. */
  entry: z.record(z.string(), z.unknown()),
  /** Every file of the build (`dist/`), by its path relative to `mf-manifest.json`, base64-encoded. */
  files: z.record(z.string(), z.string()),
});

/**
 * Publishing by upload (decisions/0018): the build's bytes come with the entry, are verified, stored
 * content-addressed and served from the asset origin; the entry points there and pins them. What an admin approves
 * is then exactly what every browser runs.
 */
export function bundleRoutes({
  store,
  userFrom,
  environment,
  storage,
  assetOrigin,
}: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/apps/:id/bundles',
      {
        bodyLimit: Math.ceil((bundleLimits.totalBytes * 4) / 3) + 64 * 1024,
        schema: {
          summary: 'Publish a new version by uploading its build',
          description:
            'The body is `{ entry, files }`: the manifest entry without manifestUrl, integrity and openingFiles, and every file of dist/ base64-encoded. The version waits for an admin to approve it.',
          tags: ['publishing'],
          security: [{ bearer: [] }],
          params: z.object({ id: z.string().min(1).max(50) }),
          querystring: publishQuery,
          body,
        },
      },
      async (request, reply) => {
        const user = await userFrom(request.headers.authorization);
        // Before any file is decoded or hashed: nobody else makes the registry do that work.
        requireDeveloperOrAdmin(user, request.params.id, 'upload a build');
        const { entry: declared, files: encoded } = request.body;
        for (const field of ['manifestUrl', 'integrity', 'openingFiles'] as const) {
          if (field in declared) {
            throw new RegistryError(
              'VALIDATION_FAILED',
              `Leave out "${field}" when uploading a build: the registry sets it to where it stores the build.`,
              [{ path: `entry.${field}`, message: 'is set by the registry' }],
            );
          }
        }
        const files = new Map(
          Object.entries(encoded)
            .filter(([path]) => path !== integrityIndexName)
            .map(([path, content]) => [path, Buffer.from(content, 'base64')] as const),
        );
        verifyBundle(files);
        const bundle = planBundle(request.params.id, String(declared.version ?? ''), files);
        const { entry, actor, warnings } = checkPublication(
          {
            ...declared,
            manifestUrl: `${assetOrigin}/${bundle.folder}/mf-manifest.json`,
            integrity: bundle.integrity,
            ...(bundle.openingFiles === undefined ? {} : { openingFiles: bundle.openingFiles }),
          },
          request.params.id,
          user,
          environment,
        );
        // Checked again when the version is recorded; here so that nothing is stored for an app of another agency, a
        // version that exists, or an app whose queue of versions waiting for approval is full.
        const existing = await store.getApp(entry.id).catch(() => undefined);
        if (existing !== undefined && existing.agency !== entry.agency) {
          throw new RegistryError(
            'ID_TAKEN',
            `The id "${entry.id}" belongs to an app of ${existing.agency}; choose another id for your app (an app never moves to another agency).`,
            [{ path: 'id', message: `belongs to ${existing.agency}` }],
          );
        }
        if (existing?.versions.some((known) => known.version === entry.version) === true) {
          throw new RegistryError(
            'VERSION_EXISTS',
            `${entry.id} ${entry.version} is published already: raise the version (\`npm version minor\`) and build again.`,
          );
        }
        const pending = existing?.versions.filter((known) => known.state === 'pending').length ?? 0;
        if (pending >= pendingVersionLimit) throw tooManyPendingVersions(entry.id);
        await storeBundle(storage, bundle);
        const { registered } = await store.publish(entry, actor, {
          existingApp: request.query.existingApp === 'true',
        });
        return reply.code(201).send({
          id: entry.id,
          version: entry.version,
          state: 'pending',
          registered,
          manifestUrl: entry.kind === 'federated' ? entry.manifestUrl : undefined,
          integrity: bundle.integrity,
          ...(warnings.length > 0 ? { warnings } : {}),
        });
      },
    );
  };
}
