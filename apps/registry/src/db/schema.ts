import type { Generated } from 'kysely';

export type AppStatus = 'active' | 'maintenance' | 'disabled';
export type VersionState = 'pending' | 'approved';

export interface AppsTable {
  id: string;
  agency: string;
  route: string;
  status: AppStatus;
  /** The approved version the manifest serves; null until the first approval. */
  current_version: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppVersionsTable {
  app_id: string;
  version: string;
  /** The manifest entry as published, JSON. */
  entry: string;
  state: VersionState;
  submitted_by: string;
  submitted_at: string;
  approved_by: string | null;
  approved_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  app_id: string | null;
  version: string | null;
  /** JSON of what changed, before and after; null where there was nothing. */
  before: string | null;
  after: string | null;
}

export interface TelemetryTable {
  app_id: string;
  kind: 'event' | 'error';
  name: string;
  /** JSON object of plain values, or null. */
  data: string | null;
  /** When the registry received it: the only time kept, as a browser's clock is whatever its sender says. */
  received_at: string;
}

/** Telemetry older than the retention, as counts per app, kind, name and hour of receipt; no values. */
export interface TelemetryHourlyTable {
  app_id: string;
  kind: 'event' | 'error';
  name: string;
  /** The hour's start, `2025-03-04T05:00:00.000Z`. */
  hour: string;
  count: number;
  /** The last record's `received_at` in that hour. */
  last: string;
}

/** An app's publish tokens, for CI: only a hash of the secret is kept; a revoked token stays for the record. */
export interface PublishTokensTable {
  id: string;
  app_id: string;
  /** sha256 of the secret part, hex. */
  secret_hash: string;
  label: string | null;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/**
 * A person's requests and complaints as their apps report them, for the portal's "Permohonan saya" page: one row
 * per person, app and request id, read only by that person, deleted two years after the last update.
 */
export interface PersonRequestsTable {
  /** The person's `sub` from their portal token; never a username, which may change. */
  person: string;
  app_id: string;
  request_id: string;
  /** The report as validated (title, status, steps, link), JSON. */
  report: string;
  /** 1 while a step is still current or upcoming. */
  open: number;
  created_at: string;
  updated_at: string;
}

export interface Database {
  person_requests: PersonRequestsTable;
  publish_tokens: PublishTokensTable;
  telemetry: TelemetryTable;
  telemetry_hourly: TelemetryHourlyTable;
  apps: AppsTable;
  app_versions: AppVersionsTable;
  audit_log: AuditLogTable;
}
