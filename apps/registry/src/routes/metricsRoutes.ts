import type { FastifyInstance } from 'fastify';
import { Gauge, Histogram, Registry } from 'prom-client';
import type { CatalogRepository } from '../catalog/createCatalogRepository.ts';
import type { ManifestCache } from '../manifest/createManifestCache.ts';

/**
 * `GET /metrics`: the registry's metrics in Prometheus's text format: every request's duration by method, route
 * (its pattern, so ids do not make endless series) and status, whose `_count` counts them, the age of the
 * catalog copy the manifest is answered from, and the approval queue's length. In a registry of its own, not prom-client's global one, so two
 * registries in one process (the tests, the dev stack beside a monitor) count apart. Outside `/api/`, so the load
 * balancer that routes `/api/` to the registry does not publish it; Prometheus scrapes each replica directly.
 *
 * Observing takes a hook on the root app that every route registered after it runs: call it before the routes.
 * Returns the metrics' registry, where parts that count something of their own (real-user samples) add it.
 */
export function registerMetrics(
  app: FastifyInstance,
  manifests: ManifestCache,
  store: Pick<CatalogRepository, 'pendingVersions'>,
): Registry {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'bas_registry_http_request_duration_seconds',
    help: 'How long the registry took to answer, by method, route pattern and status; _count counts the requests.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'bas_registry_manifest_age_seconds',
    help: 'How old the catalog copy the manifest is answered from is: a few seconds, more while the database cannot be read; NaN before the first read.',
    registers: [registry],
    collect() {
      const readAt = manifests.lastReadAt();
      this.set(readAt === undefined ? Number.NaN : (Date.now() - readAt.getTime()) / 1000);
    },
  });
  new Gauge({
    name: 'bas_registry_pending_versions',
    help: "Versions waiting for an admin's decision: a queue that only grows means nobody is reviewing.",
    registers: [registry],
    async collect() {
      this.set(await store.pendingVersions());
    },
  });
  app.addHook('onResponse', async (request, reply) => {
    requests.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  app.get(
    '/metrics',
    {
      // Scraped every few seconds: only its failures belong in the log.
      logLevel: 'warn',
      schema: {
        summary: "The registry's metrics, in Prometheus's text format",
        description:
          'Request durations by method, route and status (the `_count` counts requests), the age of the manifest copy, the versions waiting for approval, and the real-user samples stored by metric and cause. Not under /api/: scraped from each replica, not through the load balancer.',
        tags: ['monitoring'],
      },
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
  return registry;
}
