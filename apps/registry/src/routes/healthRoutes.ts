import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ManifestCache } from '../manifest/createManifestCache.ts';
import type { PartHealth } from '../health/PartHealth.ts';
import { probeDatabase } from '../health/probeDatabase.ts';

export interface HealthParts {
  db: Kysely<Database>;
  engine: string;
  manifests: ManifestCache;
  identityProvider: () => Promise<PartHealth>;
  /** Whether other replicas' catalog changes reach this one at once (PostgreSQL's LISTEN); absent on SQLite. */
  notifications?: (() => PartHealth) | undefined;
}

/**
 * `GET /api/live`: the process runs (for a liveness probe: restart it when this fails), and touches nothing else.
 * `GET /api/health`: whether it can serve (for a readiness probe or a load balancer): 503 when the database cannot be
 * reached, `degraded` when signed-in callers cannot be verified or other replicas' changes are heard of only by
 * polling, and how old the served catalog copy is.
 */
export function healthRoutes({
  db,
  engine,
  manifests,
  identityProvider,
  notifications,
}: HealthParts): FastifyPluginAsyncZod {
  return async (app) => {
    // Probes come every few seconds: only their failures belong in the log.
    const probe = { schema: { hide: true }, logLevel: 'warn' } as const;
    app.get('/api/live', probe, () => ({ status: 'ok' }));
    app.get('/api/health', probe, async (_request, reply) => {
      const [database, idp] = await Promise.all([probeDatabase(db), identityProvider()]);
      const readAt = manifests.lastReadAt();
      const listening = notifications?.();
      const status =
        database.status === 'down'
          ? 'down'
          : idp.status === 'down' || listening?.status === 'down'
            ? 'degraded'
            : 'ok';
      return reply.code(status === 'down' ? 503 : 200).send({
        status,
        engine,
        db: database,
        // The catalog copy the manifest is answered from; it keeps being served while the database is down.
        cache: {
          readAt: readAt?.toISOString() ?? null,
          ageSeconds: readAt === undefined ? null : Math.floor((Date.now() - readAt.getTime()) / 1000),
        },
        idp,
        ...(listening === undefined ? {} : { notifications: listening }),
      });
    });
  };
}
