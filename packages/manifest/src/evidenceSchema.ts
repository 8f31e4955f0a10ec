import { z } from 'zod';

/**
 * What may be missing from a service's evidence, each one of the checks its completeness counts: the owner's phone
 * (the evaluators call someone), any probe of the monitor in the period (no uptime to show), any opening in the
 * portal (no use to show), any answer to its satisfaction survey.
 */
export const evidenceGaps = ['owner-phone', 'uptime-unknown', 'no-usage', 'no-survey'] as const;

export type EvidenceGap = (typeof evidenceGaps)[number];

const count = z.number().int().min(0);
const ratio = z.number().min(0).max(1);
const ikm = z.number().min(25).max(100);
const localized = z.object({ id: z.string(), en: z.string() });

const service = z.object({
  id: z.string(),
  name: localized,
  agency: z.object({ code: z.string(), name: z.string().describe('the agency’s full name') }),
  owner: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  indicator: z.number().int().min(32).max(47),
  applicationType: z.enum(['umum', 'khusus']),
  serviceType: z.enum(['public', 'administrative']),
  kind: z.enum(['federated', 'iframe', 'link']),
  role: z.enum(['public', 'internal']),
  url: z.object({
    portal: z.string().describe('the app’s path in the portal, `/layanan/<route>`'),
    standalone: z
      .string()
      .nullable()
      .describe('the app’s own address: a federated app’s `standaloneUrl`, an iframe or link app’s `url`'),
  }),
  description: localized,
  screens: z
    .array(z.object({ path: z.string(), caption: localized }))
    .optional()
    .describe(
      'the app’s main screens its entry declares (`evidence.screens`: paths inside the app, with captions), which the evidence tool screenshots; none (or left out, by an older registry) for its start page alone',
    ),
  apiOrigins: z.array(z.string()).describe('the origins of the agency’s API the app calls (integration)'),
  uptime: z.object({ probes: count, ok: count, ratio: ratio.nullable() }),
  loadSuccess: z.object({ attempts: count, failed: count, ratio: ratio.nullable() }),
  opensByMonth: z
    .array(z.object({ month: z.string().regex(/^\d{4}-\d\d$/), opens: count }))
    .describe('the twelve months of the period, January first'),
  satisfaction: z.object({
    answers: count,
    ikm: ikm.nullable(),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  }),
  complaints: z.null().describe('not measured yet'),
  statement: z.string().describe('the evidence in one Indonesian sentence, for the evaluation’s form'),
  gaps: z.array(z.enum(evidenceGaps)),
});

/**
 * The SPBE evidence of a period (`GET /api/evidence`): per indicator of the service domain and per active app of the
 * catalog, the figures the registry stores, and where each comes from. Validate an `evidence.json` with it, or with
 * `evidenceJsonSchema` outside TypeScript.
 */
export const evidenceSchema = z.object({
  period: z
    .string()
    .regex(/^\d{4}$/)
    .describe('the UTC year the figures are of'),
  generatedAt: z.iso.datetime(),
  sources: z
    .object({
      catalog: z.string(),
      uptime: z.string(),
      loadSuccess: z.string(),
      opens: z.string(),
      satisfaction: z.string(),
      complaints: z.string(),
      gaps: z.string(),
    })
    .describe('where each figure comes from, in words'),
  indicators: z.array(
    z.object({
      indicator: z.number().int().min(32).max(47),
      title: z.string(),
      aspect: z.enum(['administrative', 'public']),
      services: count,
      uptime: ratio.nullable().describe('passed probes over probes of all its services; null without probes'),
      opens: count,
      ikm: ikm.nullable().describe('the index of all its services’ answers together; null without answers'),
      completeness: ratio.describe('the mean share of evidence checks its services pass; 0 without services'),
    }),
  ),
  services: z.array(service),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceService = Evidence['services'][number];

/** `evidenceSchema` as JSON Schema (draft 2020-12), for a validator outside TypeScript. */
export const evidenceJsonSchema = z.toJSONSchema(evidenceSchema);

/** A file of a generated report, downloadable at `/api/evidence/reports/<id>/files/<name>`. */
const reportFile = z.object({
  name: z.string().describe('`bas-spbe-<period>.zip` or `laporan-spbe-<period>.pdf`'),
  kind: z.enum(['zip', 'pdf']),
  bytes: count,
});

/**
 * One generation of a period's report by the evidence service (`/api/evidence/reports`), for the console: what it
 * is doing, how far it is, and its files once done. A failed one says why in words meant for an admin.
 */
export const evidenceReportSchema = z.object({
  id: z.string(),
  period: z.string().regex(/^\d{4}$/),
  screenshots: z.boolean().describe('whether the services’ screens are photographed (minutes) or left out'),
  status: z.enum(['running', 'done', 'failed']),
  requestedBy: z.string().describe('the admin who asked, by name'),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  step: z
    .enum(['figures', 'screenshots', 'pdf', 'zip', 'done'])
    .describe('what it does now: reads the figures, photographs screens, prints the PDF, packs the ZIP'),
  progress: z
    .object({ done: count, total: count })
    .nullable()
    .describe('services photographed out of all, while it photographs'),
  error: z.string().nullable(),
  files: z.array(reportFile),
});

export type EvidenceReport = z.infer<typeof evidenceReportSchema>;

/** `GET /api/evidence/reports`: the reports this service holds, newest first. */
export const evidenceReportListSchema = z.object({ reports: z.array(evidenceReportSchema) });
