import type { ManifestUser } from '@bas/manifest';
import { preferredEncoding } from '@bas/server-kit';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegistryError } from '../errors/RegistryError.ts';
import type { CatalogDocument, CatalogSection, ManifestCopy } from '../manifest/createManifestCache.ts';
import type { RegistryContext } from '../RegistryContext.ts';

/** `GET /api/manifest`: the catalog as this caller may see it, decided here and nowhere else. */
const routes: Record<CatalogDocument, { url: string; summary: string; description: string }> = {
  manifest: {
    url: '/api/manifest',
    summary: 'The catalog for the caller',
    description:
      'Every entry whole. Anonymous callers and citizens get public entries only; civil servants also get the internal entries of their agency.',
  },
  index: {
    url: '/api/catalog/index',
    summary: "The catalog's compact index for the caller",
    description:
      'What the portal lists and searches of every entry the caller may see (id, route, names, description, category, agency, icon, kind, status, role, keywords, life events, shortcuts); the whole entry is GET /api/catalog/entries/{id}.',
  },
  home: {
    url: '/api/catalog/home',
    summary: "The home's first screen for the caller",
    description:
      "The city's most used services the caller may see, whole, and how many entries each category, agency and life event holds: the same few kilobytes whatever the catalog's size.",
  },
};

/** A category, agency or life event as the catalog names them. */
const sectionKey = (name: string, example: string) =>
  z.string().regex(/^[a-z][a-z0-9-]{0,49}$/, {
    error: `${name}: give its key as the catalog names it, like "${example}"`,
  });

/** How many entries one request may ask for by id: a person's favourites and recently used apps, and then some. */
const maxIds = 100;
/**
 * How many of a section's first apps a request may ask for: a page of the portal's cards, or two, three or four;
 * so few answers that each is kept like the whole section's.
 */
const firstValues = ['48', '96', '144', '192'] as const;

const freshness =
  'Send If-None-Match to revalidate. BAS-Catalog-Read-At (and Age, in seconds) tell when the catalog was read from the database: while the database cannot be read, the last copy read is served and grows older.';

/** A document of the catalog as cached, compressed ahead as the client accepts it, with its ETag. */
function sendCopy(
  acceptEncoding: string | undefined,
  reply: FastifyReply,
  user: ManifestUser,
  { manifest, readAt }: ManifestCopy,
): FastifyReply {
  const encoding = preferredEncoding(acceptEncoding);
  void describeAnswer(reply, user, readAt)
    .header('etag', manifest.etag)
    .type('application/json; charset=utf-8');
  if (encoding === undefined) return reply.send(manifest.json);
  return reply.header('content-encoding', encoding).send(encoding === 'br' ? manifest.brotli : manifest.gzip);
}

/** Who may keep the answer, and when the catalog it comes from was read (headers, so an unchanged body keeps its ETag). */
function describeAnswer(reply: FastifyReply, user: ManifestUser, readAt: Date): FastifyReply {
  // Shared caches may keep the anonymous catalog but must revalidate it, so a disabled app is gone on the next
  // request; a signed-in catalog is the caller's alone.
  return (
    reply
      .header('cache-control', `${user.kind === 'anonymous' ? 'public' : 'private'}, no-cache`)
      .header('vary', 'Authorization, Accept-Encoding')
      // How old this copy of the catalog is: a few seconds normally, more while the database cannot be read and
      // the last good copy is served. In headers, not the body: the body (and so its ETag) would change on every
      // read of an unchanged catalog, and clients could no longer revalidate with a 304.
      .header('bas-catalog-read-at', readAt.toISOString())
      .header('age', String(Math.max(0, Math.floor((Date.now() - readAt.getTime()) / 1000))))
  );
}

/**
 * The catalog as this caller may see it, decided here and nowhere else: `GET /api/manifest` (whole entries),
 * `/api/catalog/index` and `/api/catalog/home` (what a portal of any size needs before an app is opened), and
 * `/api/catalog/entries/:id` and `/api/catalog/routes/:route` (one whole entry, when it is opened), and
 * `/api/catalog/entries?ids=` (a person's own apps).
 */
export function manifestRoutes({ manifests, userFrom }: RegistryContext): FastifyPluginAsyncZod {
  return async (app) => {
    for (const [document, { url, summary, description }] of Object.entries(routes)) {
      app.get(
        url,
        {
          // Served compressed from the cache; the compression plugin would compress it again on every request.
          compress: false,
          schema: {
            summary,
            description: `${description} ${freshness}`,
            tags: ['manifest'],
            // A bearer token is optional (without one, the anonymous catalog). Documented, not validated: the token
            // is verified below, and a header schema would parse every request's headers on the hottest route.
            security: [{}, { bearer: [] }],
          },
        },
        async (request, reply) => {
          const user = await userFrom(request.headers.authorization);
          const copy = await manifests.forUser(user, document as CatalogDocument);
          return sendCopy(request.headers['accept-encoding'], reply, user, copy);
        },
      );
    }

    app.get(
      '/api/catalog/entries',
      {
        schema: {
          summary: 'Whole catalog entries by id, or of one section, those the caller may see',
          description: `What a portal that has not loaded its list shows: a person's own apps (favourites, recently used) by \`ids\`, up to ${maxIds}, comma-separated, an id the caller may not see left out as one that does not exist; or the apps of one \`category\`, \`agency\` or \`lifeEvent\` (its browse page), with \`total\`, how many it holds: all of them, or with \`first\` (${firstValues.join(', ')}) only the first, the city's most used first. Give exactly one of the four. ${freshness}`,
          tags: ['manifest'],
          security: [{}, { bearer: [] }],
          querystring: z.object({
            ids: z
              .string()
              .regex(new RegExp(`^[a-z0-9-]{1,50}(,[a-z0-9-]{1,50}){0,${maxIds - 1}}$`), {
                error: `ids: give up to ${maxIds} app ids separated by commas, like "pengumuman,cek-izin"`,
              })
              .optional(),
            category: sectionKey('category', 'kependudukan').optional(),
            agency: sectionKey('agency', 'disdukcapil').optional(),
            lifeEvent: sectionKey('lifeEvent', 'kelahiran').optional(),
            first: z
              .enum(firstValues, {
                error: `first: give ${firstValues.join(', ')} (pages of the portal's cards), like 48`,
              })
              .optional(),
          }),
        },
      },
      async (request, reply) => {
        const { ids, first, ...sections } = request.query;
        const section = Object.entries(sections).filter(([, key]) => key !== undefined);
        if ((ids === undefined ? 0 : 1) + section.length !== 1) {
          throw new RegistryError(
            'BAD_REQUEST',
            'Give exactly one of ids (app ids separated by commas), category, agency or lifeEvent.',
          );
        }
        if (ids !== undefined && first !== undefined) {
          throw new RegistryError(
            'BAD_REQUEST',
            'first applies to a section (category, agency or lifeEvent); ask for ids without it.',
          );
        }
        const user = await userFrom(request.headers.authorization);
        if (ids !== undefined) {
          const asked = [...new Set(ids.split(','))];
          const found = await Promise.all(asked.map((id) => manifests.entryFor(user, id)));
          void describeAnswer(reply, user, found[0]?.readAt ?? new Date());
          return { entries: found.flatMap(({ entry }) => (entry === undefined ? [] : [entry])) };
        }
        const [by, key] = section[0] as [CatalogSection['by'], string];
        const copy = await manifests.sectionFor(user, {
          by,
          key,
          ...(first === undefined ? {} : { first: Number(first) }),
        });
        if (copy === undefined) {
          void describeAnswer(reply, user, manifests.lastReadAt() ?? new Date());
          return { entries: [], total: 0 };
        }
        return sendCopy(request.headers['accept-encoding'], reply, user, copy);
      },
    );

    // One whole entry by its id, or by its route (`/layanan/<route>`: what a link to an app opened cold carries).
    for (const [key, url, find] of [
      ['id', '/api/catalog/entries/:id', manifests.entryFor],
      ['route', '/api/catalog/routes/:route', manifests.entryAt],
    ] as const) {
      app.get(
        url,
        {
          schema: {
            summary: `One whole catalog entry by its ${key}, if the caller may see it`,
            description: `An entry the caller may not see answers 404, as one that does not exist. ${freshness}`,
            tags: ['manifest'],
            security: [{}, { bearer: [] }],
            params: z.object({ [key]: z.string().max(50) }),
          },
        },
        async (request, reply) => {
          const asked = (request.params as Record<string, string>)[key] ?? '';
          const user = await userFrom(request.headers.authorization);
          const { entry, readAt } = await find(user, asked);
          if (entry === undefined) {
            throw new RegistryError(
              'NOT_FOUND',
              `No app with ${key} "${asked}" in the catalog you may see: check the ${key}, or sign in if it is an app of your agency.`,
            );
          }
          void describeAnswer(reply, user, readAt);
          return entry;
        },
      );
    }
  };
}
