import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { compareBundles } from '../assets/compareBundles.ts';
import { readStoredBundle } from '../assets/readStoredBundle.ts';
import { requireDeveloperOrAdmin, requirePerson, requireVisibleApp } from '../auth/requireActor.ts';
import { entryChanges } from '../catalog/entryChanges.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import { versionParams } from './appRoutes.ts';

/**
 * `GET /api/apps/:id/versions/:version/review`: what approving a pending version would change, for the person who
 * decides (an admin) and for the agency that published it, in the console.
 */
export function reviewRoutes({
  store,
  userFrom,
  storage,
  assetOrigin,
}: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:id/versions/:version/review',
      {
        schema: {
          summary: 'What approving a pending version would change',
          description:
            "For admins, and for developers of the app's agency (another agency's app is answered as an absent one, 404): the pending entry beside the one served now (null for a new app); `changes`, every field that differs as `{ field, before, after, sensitive }` (a dotted path; null where absent; `sensitive` for role, audience, requiresLogin, kind, route, id, agency, apiOrigins and an address that moves to another origin); `bundle`, when both versions were uploaded as builds, the files added, removed and changed with their sizes and the total size before and after (null otherwise); and who published the version and when. A version already approved is refused (409).",
          tags: ['publishing'],
          security: [{ bearer: [] }],
          params: versionParams,
        },
      },
      async (request) => {
        const { id, version } = request.params;
        const what = 'review a version';
        const actor = requirePerson(
          requireDeveloperOrAdmin(await userFrom(request.headers.authorization), id, what),
          what,
        );
        // The app first: a hidden app's version gets the answer of an absent app, not of an absent version.
        requireVisibleApp(actor, await store.getApp(id));
        const detail = await store.versionDetail(id, version);
        if (detail.state !== 'pending') {
          throw new RegistryError(
            'INVALID_STATE',
            `Version ${version} of "${id}" is approved already, so there is nothing to review: GET /api/apps/${id}/versions/${version} shows it beside the version served, GET /api/audit?app=${id} who approved it.`,
          );
        }
        const [pendingFiles, currentFiles] = await Promise.all([
          readStoredBundle(storage, assetOrigin, detail.entry),
          detail.current === null ? undefined : readStoredBundle(storage, assetOrigin, detail.current),
        ]);
        return {
          id,
          agency: detail.agency,
          status: detail.status,
          version,
          published: { by: detail.submittedBy, at: detail.submittedAt },
          currentVersion: detail.currentVersion,
          pending: detail.entry,
          current: detail.current,
          changes: entryChanges(detail.current, detail.entry),
          bundle:
            pendingFiles === undefined || currentFiles === undefined
              ? null
              : compareBundles(currentFiles, pendingFiles),
        };
      },
    );
  };
}
