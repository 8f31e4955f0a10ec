import { z } from 'zod';
import type { AuditQuery } from '../catalog/createCatalogRepository.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import { auditActions } from './auditActions.ts';

/**
 * The largest audit record id: the column is PostgreSQL's `serial` (a 4-byte integer), which fails a query with a
 * larger number in it; SQLite's ids will not reach it either.
 */
const lastAuditId = 2_147_483_647;

/** A whole number from 1 to `max` in a query string; `message` says what it is when it is not one. */
const wholeNumber = (max: number, message: string) =>
  z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message });

const instantMessage =
  'must be an ISO 8601 date ("2026-05-04", from midnight UTC) or date-time with its offset ("2026-05-04T09:30:00+07:00")';
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: instantMessage });

/**
 * The filters of `GET /api/audit` and `GET /api/audit.csv`, each checked with a message that says what it takes;
 * `limit` goes up to `maxLimit` (an export takes more records than a page).
 */
export const auditQuery = (maxLimit: number, defaultLimit: number) =>
  z.object({
    app: z
      .string()
      .min(1)
      .max(50, { error: 'must be at most 50 characters, as app ids are' })
      .optional()
      .describe("only this app's records"),
    actor: z
      .string()
      .min(1)
      .max(300, { error: 'must be at most 300 characters' })
      .optional()
      .describe('only what this person did (a username, exactly as recorded)'),
    action: z
      .enum(auditActions, { error: `must be one of the actions: ${auditActions.join(', ')}` })
      .optional()
      .describe('only records of this action'),
    since: instant.optional().describe('only records from this time on (a date is its midnight UTC)'),
    until: instant.optional().describe('only records before this time (a date is its midnight UTC)'),
    limit: wholeNumber(maxLimit, `must be a whole number from 1 to ${maxLimit}`).default(defaultLimit),
    before: wholeNumber(lastAuditId, `must be an audit record id, a whole number from 1 to ${lastAuditId}`)
      .optional()
      .describe("pages backwards: records older than this id (the last page's smallest)"),
  });

/** An instant as `at` is stored (toISOString, UTC), so that text comparison is time order. */
function stored(value: string, field: 'since' | 'until'): string {
  const time = new Date(value);
  // The patterns let through only real dates; this keeps a day they missed a 400 rather than a RangeError.
  if (Number.isNaN(time.getTime())) {
    throw new RegistryError('VALIDATION_FAILED', `querystring.${field}: ${instantMessage}`, [
      { path: `querystring.${field}`, message: instantMessage },
    ]);
  }
  return time.toISOString();
}

/** The repository's query from a checked query string: times made UTC, and `since` after `until` refused. */
export function auditQueryOf(query: z.infer<ReturnType<typeof auditQuery>>): AuditQuery {
  const since = query.since === undefined ? undefined : stored(query.since, 'since');
  const until = query.until === undefined ? undefined : stored(query.until, 'until');
  if (since !== undefined && until !== undefined && since >= until) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      `querystring.until: must be after since (${query.since}); the records wanted are from since up to until.`,
      [{ path: 'querystring.until', message: 'must be after since' }],
    );
  }
  return {
    appId: query.app,
    actor: query.actor,
    action: query.action,
    since,
    until,
    limit: query.limit,
    before: query.before,
  };
}
