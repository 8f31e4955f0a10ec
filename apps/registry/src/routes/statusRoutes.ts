import type { ManifestEntry, ManifestUser } from '@bas/manifest';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireDeveloperOrAdmin, requireVisibleApp } from '../auth/requireActor.ts';
import type { ProbeProblem } from '../db/schema.ts';
import type { CachedManifest } from '../manifest/createManifestCache.ts';
import type { AppHealth } from '../monitor/deriveHealth.ts';
import type { DayCount, ProbeStore } from '../monitor/createProbeStore.ts';
import { percentile } from '../monitor/percentile.ts';
import type { RegistryContext } from '../RegistryContext.ts';

const statusDays = 90;
const healthMonths = 12;
const lastProbeCount = 20;
const chartDays = 7;
/** How long one reading of every app's status and uptime answers the status page, which anyone may ask for. */
const boardMaxAgeMs = 5000;
const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

/** What a problem means to a citizen: no address, no error code, nothing of how the app is built. */
const plainWords: Record<ProbeProblem, { id: string; en: string }> = {
  unreachable: { id: 'Layanan tidak dapat dihubungi.', en: 'The service cannot be reached.' },
  timeout: { id: 'Layanan tidak menjawab tepat waktu.', en: 'The service does not answer in time.' },
  http: { id: 'Layanan sedang mengalami gangguan.', en: 'The service is answering with errors.' },
  invalid: {
    id: 'Berkas aplikasi tidak lengkap atau rusak.',
    en: "The app's files are incomplete or broken.",
  },
  integrity: {
    id: 'Berkas aplikasi berbeda dari versi yang disetujui, jadi portal tidak membukanya.',
    en: "The app's files differ from the approved version, so the portal does not open it.",
  },
  certificate: {
    id: 'Sertifikat keamanan layanan tidak berlaku.',
    en: "The service's security certificate is not valid.",
  },
  slow: { id: 'Layanan menjawab dengan lambat.', en: 'The service is answering slowly.' },
  'certificate-expiring': {
    id: 'Sertifikat keamanan layanan akan segera berakhir.',
    en: "The service's security certificate expires soon.",
  },
};

/** The `count` UTC days up to today, oldest first (`2025-03-04`). */
const lastDays = (now: Date, count: number) =>
  Array.from({ length: count }, (_, index) =>
    new Date(now.getTime() - (count - 1 - index) * dayMs).toISOString().slice(0, 10),
  );

/** The `count` UTC months up to this one, oldest first (`2025-03`). */
const lastMonths = (now: Date, count: number) =>
  Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1))
      .toISOString()
      .slice(0, 7),
  );

/** Successful probes of all probes; null when there were none. */
const ratio = (probes: number, ok: number) => (probes === 0 ? null : ok / probes);

const localized = z.object({ id: z.string(), en: z.string() });
const healthStatus = z
  .enum(['up', 'degraded', 'down', 'unknown'])
  .describe('`unknown` until the monitor has judged the app: its first success, or a run of failures');
const problem = z
  .enum(Object.keys(plainWords) as [ProbeProblem, ...ProbeProblem[]])
  .nullable()
  .describe('what was wrong, in a word; null when nothing was');
const counted = { probes: z.number().int(), ok: z.number().int(), ratio: z.number().nullable() };

const statusAnswer = z.object({
  apps: z.array(
    z.object({
      id: z.string(),
      name: localized,
      status: healthStatus,
      since: z.iso.datetime().nullable().describe('when the current status began'),
      reason: localized.nullable().describe('what is wrong, in plain words; null when nothing is'),
      uptime: z
        .array(z.object({ day: z.iso.date(), ratio: z.number().nullable() }))
        .describe(
          `the last ${statusDays} UTC days, oldest first: the share of successful probes, from 0 to 1; null without probes`,
        ),
    }),
  ),
});

const healthAnswer = z.object({
  app: z.string(),
  status: healthStatus,
  since: z.iso.datetime().nullable(),
  problem,
  reason: z.string().nullable().describe('what the last failed or degraded probe found, naming the address'),
  checkedAt: z.iso.datetime().nullable().describe('when the last probe ran'),
  lastProbes: z
    .array(
      z.object({
        at: z.iso.datetime(),
        status: z.enum(['up', 'degraded', 'down']),
        problem,
        reason: z.string().nullable(),
        latencyMs: z.number().int().nullable(),
        certificateDays: z.number().int().nullable(),
      }),
    )
    .describe(`the last ${lastProbeCount}, newest first`),
  uptime: z.object({
    days: z.array(z.object({ day: z.iso.date(), ...counted })).describe(`the last ${statusDays} UTC days`),
    months: z
      .array(z.object({ month: z.string(), ...counted }))
      .describe(`the last ${healthMonths} UTC months`),
  }),
  latency: z
    .object({
      p50Ms: z.number().int().nullable(),
      p95Ms: z.number().int().nullable(),
      probes: z.number().int(),
    })
    .describe('of the successful probes of the last 24 hours'),
  hours: z
    .array(
      z.object({
        hour: z.iso.datetime().describe('the start of the UTC hour'),
        probes: z.number().int(),
        failed: z.number().int(),
        p50Ms: z.number().int().nullable(),
        p95Ms: z.number().int().nullable(),
      }),
    )
    .describe(
      `the probes of each UTC hour of the last ${chartDays} days, oldest first, with the latency p50 and p95 of the successful ones (null when none succeeded); hours without probes left out`,
    ),
});

/** Every app's status and uptime as read at `readAt`: one reading for all callers for a few seconds. */
interface Board {
  readAt: number;
  days: string[];
  health: Map<string, AppHealth>;
  /** By app, each of `days` with its share of successful probes. */
  uptime: Map<string, Array<{ day: string; ratio: number | null }>>;
}

/**
 * `GET /api/status`: the status page, for anyone. `GET /api/apps/:id/health`: one app's probes and figures, for its
 * agency's developers and the admins. Both read what the monitor (src/monitor) stores.
 */
export function statusRoutes(
  { store, manifests, userFrom }: RegistryContext,
  probes: ProbeStore,
): FastifyPluginAsyncZod {
  let board: Promise<Board> | undefined;
  const readBoard = async (): Promise<Board> => {
    const readAt = Date.now();
    const days = lastDays(new Date(readAt), statusDays);
    const [health, rows] = await Promise.all([probes.health(), probes.dayCounts(days[0] ?? '')]);
    const uptime = new Map<string, Array<{ day: string; ratio: number | null }>>();
    for (const row of rows) {
      const ratios = uptime.get(row.appId) ?? days.map((day) => ({ day, ratio: null as number | null }));
      const known = ratios[days.indexOf(row.day)];
      if (known !== undefined) known.ratio = ratio(row.probes, row.ok);
      uptime.set(row.appId, ratios);
    }
    return { readAt, days, health, uptime };
  };
  const currentBoard = async () => {
    const known = await board?.catch(() => undefined);
    if (board === undefined || known === undefined || Date.now() - known.readAt > boardMaxAgeMs) {
      board = readBoard();
    }
    return board;
  };

  // Each audience's page, made and serialised once per served manifest and reading: the status page lists what the
  // caller's portal lists, by the manifest's own rule (decided in one place), and a flood of callers costs no more
  // than one (200 apps' 90 days are 18,000 values to check and write out).
  const pages = new WeakMap<
    CachedManifest,
    { board: Board; page: z.infer<typeof statusAnswer>; json: string }
  >();
  const pageFor = async (user: ManifestUser) => {
    const { manifest } = await manifests.forUser(user);
    const current = await currentBoard();
    const known = pages.get(manifest);
    if (known?.board === current) return known;
    const { entries } = JSON.parse(manifest.json.toString('utf8')) as { entries: ManifestEntry[] };
    const noProbes = current.days.map((day) => ({ day, ratio: null }));
    const page = {
      apps: entries
        .filter((entry) => entry.status === 'active')
        .map((entry) => {
          const health = current.health.get(entry.id);
          return {
            id: entry.id,
            name: entry.name,
            status: health?.status ?? 'unknown',
            since: health?.since ?? null,
            reason: health?.problem === null || health === undefined ? null : plainWords[health.problem],
            uptime: current.uptime.get(entry.id) ?? noProbes,
          };
        }),
    };
    const made = { board: current, page, json: JSON.stringify(page) };
    pages.set(manifest, made);
    return made;
  };

  return async (app) => {
    app.get(
      '/api/status',
      {
        schema: {
          summary: 'Whether each app works, for a status page (anyone)',
          description: `The active apps of the caller's manifest (for an anonymous caller, the public ones), each with the monitor's status, since when, what is wrong in plain words (Indonesian and English) and its uptime on each of the last ${statusDays} UTC days. Read again at most every ${boardMaxAgeMs / 1000} s.`,
          tags: ['status'],
          security: [{}, { bearer: [] }],
          response: { 200: statusAnswer },
        },
      },
      async (request, reply) => {
        const { page, json } = await pageFor(await userFrom(request.headers.authorization));
        // The JSON made with the page, in place of the schema's serialiser, which would check and write it anew.
        void reply.serializer(() => json);
        return page;
      },
    );

    app.get(
      '/api/apps/:id/health',
      {
        schema: {
          summary: "An app's status, last probes, uptime and latency (its agency's developers, admins)",
          description: `The monitor's derived status (down after several failed probes in a row, since the first of them; degraded when slow or its certificate expires within 14 days), its last ${lastProbeCount} probes, the uptime per UTC day (${statusDays} days) and month (${healthMonths} months), the latency p50 and p95 of the last 24 hours, and the probes, failures and latency of each hour of the last ${chartDays} days. Another agency's app gets the answer of an absent one.`,
          tags: ['status'],
          security: [{ bearer: [] }],
          params: z.object({
            id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
          }),
          response: { 200: healthAnswer },
        },
      },
      async (request) => {
        const { id } = request.params;
        // Who may read first, then the app: an app of another agency gets the answer of an absent one.
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          "read an app's health",
        );
        requireVisibleApp(actor, await store.getApp(id));
        const now = new Date();
        const days = lastDays(now, statusDays);
        const months = lastMonths(now, healthMonths);
        const [health, rows, lastProbes, latencies, hours] = await Promise.all([
          probes.health(id),
          probes.dayCounts(`${months[0] ?? ''}-01`, id),
          probes.lastProbes(id, lastProbeCount),
          probes.latencies(id, new Date(now.getTime() - dayMs).toISOString()),
          // From the start of an hour, so that the oldest hour is counted whole like the others.
          probes.hours(
            id,
            new Date(Math.floor((now.getTime() - chartDays * dayMs) / hourMs) * hourMs).toISOString(),
          ),
        ]);
        const current = health.get(id);
        const byDay = new Map(rows.map((row) => [row.day, row]));
        const sum = (selected: DayCount[]) => {
          const probesCounted = selected.reduce((total, row) => total + row.probes, 0);
          const ok = selected.reduce((total, row) => total + row.ok, 0);
          return { probes: probesCounted, ok, ratio: ratio(probesCounted, ok) };
        };
        return {
          app: id,
          status: current?.status ?? 'unknown',
          since: current?.since ?? null,
          problem: current?.problem ?? null,
          reason: current?.reason ?? null,
          checkedAt: current?.checkedAt ?? null,
          lastProbes,
          uptime: {
            days: days.map((day) => {
              const row = byDay.get(day);
              return { day, ...sum(row === undefined ? [] : [row]) };
            }),
            months: months.map((month) => ({
              month,
              ...sum(rows.filter((row) => row.day.startsWith(month))),
            })),
          },
          latency: {
            p50Ms: percentile(latencies, 0.5),
            p95Ms: percentile(latencies, 0.95),
            probes: latencies.length,
          },
          hours,
        };
      },
    );
  };
}
