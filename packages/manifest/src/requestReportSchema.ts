// zod's mini build: the shell loads this in the browser, where the full build's compiled parsers would need eval,
// which the portal's Content-Security-Policy forbids (and whose probe the policy reports as a violation).
import * as z from 'zod/mini';
import { climbsOutOfApp } from './climbsOutOfApp.ts';

/**
 * How long a person's requests are kept after their last update: long enough to follow a document that takes
 * months, short enough that a finished matter does not stay on the portal for good (decisions/0021).
 */
export const requestRetentionDays = 730;

const text = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(max, { error: `must be at most ${max} characters` }),
    );

/** `{ id, en }` in the portal's two languages, or one string shown in both (an app that speaks one language). */
const localized = (max: number) =>
  z.union([text(max), z.strictObject({ id: text(max), en: text(max) })], {
    error: `must be text of 1 to ${max} characters, or { id, en } with both languages`,
  });

/** The app's own id for the request: its reference number, as the person may quote it. */
export const requestIdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    error:
      'must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (like "KK-2026-0042")',
  }),
);

/**
 * A path inside the app, relative to where the app lives (`status/KK-2026-0042`, `?tiket=ADU-7`, or empty for the
 * app's start): never an address of another site, another app, or a path that climbs out of the app.
 */
const inAppPath = z.string().check(
  z.maxLength(200, { error: 'must be at most 200 characters' }),
  z.regex(/^(?:[A-Za-z0-9._~?#-][A-Za-z0-9._~!$&'()*+,;=%/?#-]*)?$/, {
    error:
      'must be a path inside the app, relative to it, like "status/KK-2026-0042" (no "/" first, no scheme or host)',
  }),
  z.refine((path) => !climbsOutOfApp(path), {
    error: 'must not contain "." or ".." segments: it stays inside the app',
  }),
);

const step = z.strictObject({
  label: localized(60),
  state: z.enum(['done', 'current', 'upcoming']),
  date: z.optional(
    z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be an ISO 8601 date ("2026-05-04") or date-time ("2026-05-04T09:30:00+07:00")',
    }),
  ),
});

/**
 * A request or complaint as an app reports it through `context.requests.report` (without the app's id, which the
 * shell adds): what the portal's "Permohonan saya" page lists. The shell checks it before sending, the registry
 * again before storing.
 */
export const requestReportSchema = z.strictObject({
  title: localized(120),
  status: localized(60),
  steps: z
    .array(step)
    .check(
      z.minLength(1, { error: 'needs at least one step' }),
      z.maxLength(12, { error: 'has at most 12 steps' }),
    ),
  link: inAppPath,
});

export type RequestReportBody = z.infer<typeof requestReportSchema>;

/** A report as an app hands it to the shell: the body and the app's own id for the request. */
export const reportedRequestSchema = z.extend(requestReportSchema, { id: requestIdSchema });

export type ReportedRequest = z.infer<typeof reportedRequestSchema>;

/**
 * Checks a report as the shell does before sending it on (and the SDK's test context, so an app's tests fail the
 * same way): the report, or the first problem named by its field, for the app's developer to fix.
 */
export function checkRequestReport(
  report: unknown,
): { ok: true; report: ReportedRequest } | { ok: false; problem: string } {
  const result = reportedRequestSchema.safeParse(report);
  if (result.success) return { ok: true, report: result.data };
  const [issue] = result.error.issues;
  const field = issue === undefined || issue.path.length === 0 ? 'the report' : issue.path.join('.');
  return { ok: false, problem: `${field}: ${issue?.message ?? 'is not valid'}` };
}
