import type { AuditFilters } from '../api/registryApi.ts';

/** The audit page's filters as the address holds them: days (`2026-11-30`) as people pick them. */
export interface AuditView {
  app: string;
  actor: string;
  action: string;
  /** The first day shown, in WIB. */
  since: string;
  /** The last day shown, in WIB. */
  until: string;
}

export function readAuditView(params: URLSearchParams): AuditView {
  return {
    app: params.get('app') ?? '',
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
  };
}

/** The start of a day in Kota Bogor (WIB, UTC+7, no daylight saving), as the UTC instant the registry stores. */
const startOfDay = (day: string, plusDays = 0) => {
  const start = new Date(`${day}T00:00:00+07:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start.toISOString();
};

/**
 * The registry's filters for a view: `since` from the start of the first day, `until` up to (not including) the
 * start of the day after the last, so "30 November to 30 November" is that whole day in WIB.
 */
export function toAuditFilters(view: AuditView): AuditFilters {
  return {
    app: view.app || undefined,
    actor: view.actor || undefined,
    action: view.action || undefined,
    since: view.since === '' ? undefined : startOfDay(view.since),
    until: view.until === '' ? undefined : startOfDay(view.until, 1),
  };
}
