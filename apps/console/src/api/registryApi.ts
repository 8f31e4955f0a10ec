import {
  evidenceReportListSchema,
  evidenceReportSchema,
  evidenceSchema,
  type EvidenceReport,
} from '@bas/manifest/evidence';
import { z } from 'zod';
import { SignedOutError } from '../auth/createConsoleSession.ts';
import { describeIssues } from '../common/describeIssues.ts';
import { RegistryCallError } from './RegistryCallError.ts';

// Every registry call of the console, and the shape of every answer it reads, in this one file: when a route's
// answer changes, this is the one place to follow it, and until then the console says what it could not read
// instead of failing somewhere in a page.

const localized = z.object({ id: z.string(), en: z.string() });
const appStatus = z.enum(['active', 'maintenance', 'disabled']);
const appKind = z.enum(['federated', 'iframe', 'link']);
/** `unknown` until the monitor has judged the app. */
const healthStatus = z.enum(['up', 'degraded', 'down', 'unknown']);
const probeStatus = z.enum(['up', 'degraded', 'down']);
const entryRole = z.enum(['public', 'internal']);

export type HealthStatus = z.infer<typeof healthStatus>;

/** One app in the console's catalog list (`GET /api/apps`). */
const appSummary = z.object({
  id: z.string(),
  /** Null for an app whose every version was rejected: it holds its id until an admin releases it. */
  name: localized.nullable(),
  agency: z.string(),
  kind: appKind.nullable(),
  role: entryRole.nullable(),
  status: appStatus,
  currentVersion: z.string().nullable(),
  pendingVersions: z.number().int().nonnegative(),
  latestPendingVersion: z.string().nullable(),
  lastChangedAt: z.string(),
  /** The probe monitor's verdict; a registry from before the monitor sends none, and the column stays away. */
  health: healthStatus.optional(),
});
export type AppSummary = z.infer<typeof appSummary>;

const appList = z.object({ apps: z.array(appSummary) });

const versionSummary = z.object({
  version: z.string(),
  state: z.enum(['pending', 'approved']),
  submittedBy: z.string(),
  submittedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  current: z.boolean(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

/** An app and its versions (`GET /api/apps/:id`). */
const appDetail = z.object({
  id: z.string(),
  agency: z.string(),
  route: z.string(),
  status: appStatus,
  currentVersion: z.string().nullable(),
  versions: z.array(versionSummary),
});
export type AppDetail = z.infer<typeof appDetail>;

/** A manifest entry, read only for what the console shows of it; the registry validated the rest. */
const entry = z.looseObject({
  id: z.string(),
  version: z.string(),
  name: localized,
  kind: appKind,
  role: entryRole,
});

/** One version's entry (`GET /api/apps/:id/versions/:version`). */
const versionDetail = z.object({ entry });

const bundleFile = z.object({ path: z.string(), bytes: z.number() });
const bundleComparison = z.object({
  files: z.object({ before: z.number(), after: z.number() }),
  totalBytes: z.object({ before: z.number(), after: z.number() }),
  added: z.array(bundleFile),
  removed: z.array(bundleFile),
  changed: z.array(z.object({ path: z.string(), bytesBefore: z.number(), bytesAfter: z.number() })),
  unchanged: z.number(),
});
export type BundleComparison = z.infer<typeof bundleComparison>;

/** What approving a pending version would change (`GET /api/apps/:id/versions/:version/review`). */
const review = z.object({
  pending: entry,
  /** The entry served now; null for an app never approved. */
  current: entry.nullable(),
  changes: z.array(
    z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), sensitive: z.boolean() }),
  ),
  /** Null unless both versions were uploaded as builds (an entry may point at the agency's own server). */
  bundle: bundleComparison.nullable(),
  published: z.object({ by: z.string(), at: z.string() }),
});
export type Review = z.infer<typeof review>;
export type EntryChange = Review['changes'][number];

const counted = { probes: z.number(), ok: z.number(), ratio: z.number().nullable() };

/** The probe monitor's view of one app (`GET /api/apps/:id/health`). */
const appHealth = z.object({
  status: healthStatus,
  since: z.string().nullable(),
  /** What the last failed or slow probe found, naming the address. */
  reason: z.string().nullable(),
  /** Newest first. */
  lastProbes: z.array(
    z.object({
      at: z.string(),
      status: probeStatus,
      reason: z.string().nullable(),
      latencyMs: z.number().nullable(),
    }),
  ),
  uptime: z.object({
    /** The last 90 UTC days, oldest first. */
    days: z.array(z.object({ day: z.string(), ...counted })),
    /** The last 12 UTC months, oldest first: the last is this month. */
    months: z.array(z.object({ month: z.string(), ...counted })),
  }),
  /** Of the successful probes of the last 24 hours. */
  latency: z.object({ p50Ms: z.number().nullable(), p95Ms: z.number().nullable() }),
  /**
   * The last 7 days by hour, oldest first, only hours with probes; latencies of that hour's successful probes.
   * A registry from before the hourly view sends none, and the page leaves the chart out.
   */
  hours: z
    .array(
      z.object({
        hour: z.string(),
        probes: z.number(),
        failed: z.number(),
        p50Ms: z.number().nullable(),
        p95Ms: z.number().nullable(),
      }),
    )
    .optional(),
});
export type AppHealth = z.infer<typeof appHealth>;

/** Why an opening of an app failed, as the shell reports it. */
export const openFailureCauses = [
  'timeout',
  'network',
  'integrity',
  'sdk-version',
  'mount-error',
  'render-error',
] as const;
export type OpenFailureCause = (typeof openFailureCauses)[number];

/** The Core Web Vitals the shell reports, in the order the page lists them. */
export const webVitals = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'] as const;
export type WebVital = (typeof webVitals)[number];

const vitalSummary = z.object({ count: z.number(), p75: z.number() }).nullable();

/** How people's browsers opened one app over a range (`GET /api/apps/:id/usage`), from sampled reports. */
const appUsage = z.object({
  app: z.string(),
  since: z.string(),
  until: z.string(),
  opens: z.object({
    attempts: z.number(),
    mounted: z.number(),
    failed: z.number(),
    /** By cause; read as any names, so a cause added by a newer registry is still counted (in its own words). */
    failures: z.record(z.string(), z.number()),
    /** Null when nothing mounted in the range. */
    timeToMountedMs: z.object({ p50: z.number(), p75: z.number(), p95: z.number() }).nullable(),
  }),
  /** Each null when no browser reported it in the range. */
  vitals: z.object({
    LCP: vitalSummary,
    INP: vitalSummary,
    CLS: vitalSummary,
    FCP: vitalSummary,
    TTFB: vitalSummary,
  }),
  /** Oldest first, only hours with reports. */
  hours: z.array(
    z.object({
      hour: z.string(),
      attempts: z.number(),
      failed: z.number(),
      mountedP75Ms: z.number().nullable(),
    }),
  ),
});
export type AppUsage = z.infer<typeof appUsage>;

const serviceObjective = z.object({
  /** Percent, e.g. 99.5. */
  objective: z.number(),
  /** Percent this UTC month; null before any data. */
  measured: z.number().nullable(),
  /** The fraction of the month's error budget left: below 0 once it is spent. */
  budgetRemaining: z.number().nullable(),
  /** The failure ratio of each window over the ratio the objective allows; null for a window without data. */
  burnRates: z.object({
    '1h': z.number().nullable(),
    '6h': z.number().nullable(),
    '30d': z.number().nullable(),
  }),
});
export type ServiceObjective = z.infer<typeof serviceObjective>;
export type BurnWindow = keyof ServiceObjective['burnRates'];

/** The app's service level objectives this month (`GET /api/apps/:id/slo`). */
const appSlo = z.object({
  app: z.string(),
  /** `2026-12`, UTC. */
  month: z.string(),
  /** From the monitor's probes. */
  availability: serviceObjective,
  /** From people's openings: mounted / attempted. */
  loadSuccess: serviceObjective,
});
export type AppSlo = z.infer<typeof appSlo>;

/**
 * The SPBE evidence of a year (`GET /api/evidence`) is read with the registry's own schema, the one it answers with
 * and `npm run evidence` checks against, rather than a copy here that could drift from it; so are the evidence
 * service's reports (`/api/evidence/reports`), with the schema that service answers with. That module only makes
 * zod schemas (and their JSON Schema) with the console's zod: its object schemas are made when this module loads,
 * after main.tsx's first import has turned compiled parsers off (src/zodWithoutEval.ts), so it needs no eval.
 */
export {
  evidenceGaps,
  type Evidence,
  type EvidenceGap,
  type EvidenceReport,
  type EvidenceService,
} from '@bas/manifest/evidence';

/**
 * The evidence service's refusal to start a report while another is being generated (409): it generates one at a
 * time, and names the one it is busy with, so the page can show its progress.
 */
const busyAnswer = z.object({ code: z.literal('busy'), message: z.string(), report: evidenceReportSchema });

/** What asking for a report did: started it, or found the service busy with `report` (`message` in its words). */
export type ReportStart =
  { busy: false; report: EvidenceReport } | { busy: true; message: string; report: EvidenceReport };

const auditRecord = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  appId: z.string().nullable(),
  version: z.string().nullable(),
  reason: z.string().nullish(),
});
export type AuditRecord = z.infer<typeof auditRecord>;
const auditPage = z.object({ records: z.array(auditRecord) });

/** The audit log's filters; times are ISO instants (`since` inclusive, `until` exclusive). */
export interface AuditFilters {
  app?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

/** How many audit records one page holds. */
export const auditPageSize = 100;
/** The most records the registry exports in one CSV (its own default is 1000). */
const auditCsvLimit = 5000;

export interface RegistryApiOptions {
  /** The registry's address, from config.json. */
  registryUrl: string;
  /** A valid access token of the signed-in person (`bas-console`). */
  accessToken(): Promise<string>;
}

/** A call as a person reads it in an error: `GET /api/apps`, without the query. */
const callName = (method: string, route: string) => `${method} ${route.split('?')[0] ?? route}`;

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

/** The registry as the console uses it: each method one route, its answer checked before any page reads it. */
export function createRegistryApi({ registryUrl, accessToken }: RegistryApiOptions) {
  async function send(
    method: string,
    route: string,
    {
      body,
      accept = 'application/json',
      signal,
      expected = [],
    }: {
      body?: unknown;
      accept?: string;
      signal?: AbortSignal;
      /** Error statuses whose answer the caller reads itself, as an outcome rather than a failure. */
      expected?: readonly number[];
    } = {},
  ): Promise<Response> {
    const call = callName(method, route);
    let token: string;
    try {
      token = await accessToken();
    } catch (error) {
      throw new RegistryCallError(
        error instanceof SignedOutError ? 'signed-out' : 'sign-in-unreachable',
        call,
        error instanceof Error ? error.message : String(error),
      );
    }
    let response: Response;
    try {
      response = await fetch(`${registryUrl}${route}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal === undefined ? {} : { signal }),
      });
    } catch (error) {
      throw new RegistryCallError(
        'unreachable',
        call,
        error instanceof Error ? error.message : String(error),
      );
    }
    if (!response.ok && !expected.includes(response.status)) {
      const answer = (await response.json().catch(() => ({}))) as { message?: unknown };
      throw new RegistryCallError(
        'refused',
        call,
        typeof answer.message === 'string' ? answer.message : `HTTP ${response.status}`,
        response.status,
      );
    }
    return response;
  }

  /** The answer to `call`, checked against `schema`, and its text as received (for a page that saves it). */
  async function understand<T>(
    schema: z.ZodType<T>,
    call: string,
    response: Response,
  ): Promise<{ data: T; text: string }> {
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new RegistryCallError(
        'not-understood',
        call,
        json === undefined ? 'the answer is not JSON' : describeIssues(parsed.error),
      );
    }
    return { data: parsed.data, text };
  }

  /** A GET whose answer is checked against `schema`; `signal` cancels it when the page no longer needs it. */
  async function readAnswer<T>(
    schema: z.ZodType<T>,
    route: string,
    signal?: AbortSignal,
  ): Promise<{ data: T; text: string }> {
    const response = await send('GET', route, signal === undefined ? {} : { signal });
    return understand(schema, callName('GET', route), response);
  }

  /** A GET whose answer is checked against `schema`. */
  async function read<T>(schema: z.ZodType<T>, route: string, signal?: AbortSignal): Promise<T> {
    return (await readAnswer(schema, route, signal)).data;
  }

  /** A change whose answer the console does not read: the page loads the app again to show what is now true. */
  const act = async (method: string, route: string, body: unknown) => {
    await send(method, route, { body });
  };

  return {
    /** Every app the person may see: all for an admin, their agency's for a developer (the registry filters). */
    listApps: async (signal?: AbortSignal) => (await read(appList, '/api/apps', signal)).apps,
    getApp: (id: string, signal?: AbortSignal) => read(appDetail, `/api/apps/${path(id)}`, signal),
    /** The entry of one version: the app page shows the served (or latest) version's name, kind and role. */
    entry: async (id: string, version: string, signal?: AbortSignal) =>
      (await read(versionDetail, `/api/apps/${path(id, 'versions', version)}`, signal)).entry,
    review: (id: string, version: string, signal?: AbortSignal) =>
      read(review, `/api/apps/${path(id, 'versions', version, 'review')}`, signal),
    /** The reason is optional to approve: none is sent when it is empty. */
    approve: (id: string, version: string, reason: string) =>
      act('POST', `/api/apps/${path(id, 'versions', version, 'approve')}`, reason === '' ? {} : { reason }),
    reject: (id: string, version: string, reason: string) =>
      act('DELETE', `/api/apps/${path(id, 'versions', version)}`, { reason }),
    rollback: (id: string, version: string, reason: string) =>
      act('POST', `/api/apps/${path(id, 'rollback')}`, { version, reason }),
    setEnabled: (id: string, enabled: boolean, reason: string) =>
      act('POST', `/api/apps/${path(id, enabled ? 'enable' : 'disable')}`, { reason }),
    health: (id: string, signal?: AbortSignal) => read(appHealth, `/api/apps/${path(id, 'health')}`, signal),
    /** Openings and web vitals of one app from `since` (an ISO instant) until now. */
    usage: (id: string, since: string, signal?: AbortSignal) =>
      read(appUsage, `/api/apps/${path(id, 'usage')}${query({ since })}`, signal),
    slo: (id: string, signal?: AbortSignal) => read(appSlo, `/api/apps/${path(id, 'slo')}`, signal),
    /** One page of the audit log, newest first; `before` is the smallest id of the page shown so far. */
    audit: async (filters: AuditFilters, before?: number, signal?: AbortSignal) =>
      (await read(auditPage, `/api/audit${query({ ...filters, limit: auditPageSize, before })}`, signal))
        .records,
    /**
     * The SPBE evidence of a UTC year (admins), and the registry's answer as received, which the page saves byte
     * for byte as the evidence's JSON file, the same figures it shows.
     */
    evidence: async (period: string, signal?: AbortSignal) => {
      const { data, text } = await readAnswer(evidenceSchema, `/api/evidence${query({ period })}`, signal);
      return { evidence: data, json: text };
    },
    /**
     * The full reports (PDF and ZIP) the evidence service generated or is generating, newest first. The service
     * is reached on the registry's address (the console's origin routes `/api/evidence/reports` to it).
     */
    evidenceReports: async (signal?: AbortSignal) =>
      (await read(evidenceReportListSchema, '/api/evidence/reports', signal)).reports,
    evidenceReport: (id: string, signal?: AbortSignal) =>
      read(evidenceReportSchema, `/api/evidence/reports/${path(id)}`, signal),
    /** Asks for a period's report, with the services' screenshots (minutes) or without (seconds). */
    startEvidenceReport: async (period: string, screenshots: boolean): Promise<ReportStart> => {
      const route = '/api/evidence/reports';
      const response = await send('POST', route, { body: { period, screenshots }, expected: [409] });
      if (response.status === 409) {
        const { data } = await understand(busyAnswer, callName('POST', route), response);
        return { busy: true, message: data.message, report: data.report };
      }
      const { data } = await understand(evidenceReportSchema, callName('POST', route), response);
      return { busy: false, report: data };
    },
    /** A file of a finished report, by the name its report lists, as a file to save. */
    downloadEvidenceReportFile: async (id: string, name: string) =>
      (
        await send('GET', `/api/evidence/reports/${path(id, 'files', name)}`, {
          accept: 'application/zip, application/pdf',
        })
      ).blob(),
    /** The audit log as CSV with the same filters, as a file to save. */
    auditCsv: async (filters: AuditFilters) =>
      (
        await send('GET', `/api/audit.csv${query({ ...filters, limit: auditCsvLimit })}`, {
          accept: 'text/csv',
        })
      ).blob(),
  };
}

export type RegistryApi = ReturnType<typeof createRegistryApi>;
