import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RegistryContext } from '../RegistryContext.ts';
import { createRecordQuota } from './createRecordQuota.ts';
import { createVisibleApps } from './createVisibleApps.ts';
import type { ResolvedTelemetryOptions } from './TelemetryOptions.ts';

export type ReportLimits = Pick<
  ResolvedTelemetryOptions,
  'requestsPerClientPerMinute' | 'recordsPerClientPerAppPerMinute' | 'recordsPerAppPerMinute'
>;

/** How the 429 past a client's requests of the minute says what they are and why the limit is no hardship. */
export interface ReportRefusal {
  /** What was sent too often: `telemetry batches`. */
  requests: string;
  /** Why a person never meets the limit: `the shell batches what it reports, so one page never needs this many`. */
  why: string;
}

export interface ReportGate {
  /**
   * The route's `onRequest`: past the client's batches of the minute, 429 with Retry-After. Before the body is read,
   * so a flood costs a counter increment per request and nothing more.
   */
  limitBatches: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
  /**
   * Of a batch's records, those the registry keeps: of apps the caller sees in their manifest, within the minute's
   * quotas of the client for the app and of the app for all clients.
   */
  keep<Item extends { appId: string }>(request: FastifyRequest, items: readonly Item[]): Promise<Item[]>;
}

/**
 * What the shell reports from anyone's browser (`POST /api/telemetry`, `POST /api/rum`) goes through the same rules,
 * decided here once: a limit of batches per client address a minute, records only for the apps of the caller's own
 * manifest, and a quota of records per client and app and per app a minute. Each route has its own gate, counted
 * apart (`source`, lower case, names it in the messages), so one kind of report never uses up the other's share.
 * `refusal` words the answer past the limit of requests, for a route whose requests are not the shell's batches.
 * Registers the rate limit plugin in `app`, the route's own plugin.
 */
export async function createReportGate(
  app: FastifyInstance,
  { manifests, userFrom }: Pick<RegistryContext, 'manifests' | 'userFrom'>,
  limits: ReportLimits,
  source: string,
  refusal: ReportRefusal = {
    requests: `${source} batches`,
    why: 'the shell batches what it reports, so one page never needs this many',
  },
): Promise<ReportGate> {
  // Registered in the route's plugin only, and applied to its one route that needs it.
  await app.register(rateLimit, { global: false });
  const perClient = app.createRateLimit({ max: limits.requestsPerClientPerMinute, timeWindow: 60_000 });
  const quota = createRecordQuota(
    {
      source: `${source.charAt(0).toUpperCase()}${source.slice(1)}`,
      perClientPerApp: limits.recordsPerClientPerAppPerMinute,
      perApp: limits.recordsPerAppPerMinute,
    },
    (message) => app.log.warn(message),
  );
  const visibleApps = createVisibleApps(manifests);
  return {
    async limitBatches(request, reply) {
      const limit = await perClient(request);
      if (limit.isAllowed || !limit.isExceeded) return undefined;
      return reply
        .code(429)
        .header('retry-after', String(limit.ttlInSeconds))
        .send({
          code: 'RATE_LIMITED',
          message: `Too many ${refusal.requests} from this address: at most ${limits.requestsPerClientPerMinute} a minute. Send again in ${limit.ttlInSeconds} s (Retry-After); ${refusal.why}.`,
        });
    },
    async keep(request, items) {
      // Citizens use apps anonymously, so an anonymous caller may report for public apps; a caller with a token also
      // for the internal apps their manifest holds. Never for an app they cannot see: a pending, internal or disabled
      // app's numbers are not anyone's to fill.
      const visible = await visibleApps(await userFrom(request.headers.authorization));
      // The client as the rate limit knows it: the address, or X-Forwarded-For from a trusted proxy.
      return items.filter(({ appId }) => visible.has(appId) && quota.take(request.ip, appId));
    },
  };
}
