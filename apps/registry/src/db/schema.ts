import type { ColumnType, Generated } from 'kysely';

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
  /**
   * Why, as the person said it (plain text, 1 to 500 characters); null when they gave none. Optional when a record
   * is written, never updated: the log is append-only.
   */
  reason: ColumnType<string | null, string | null | undefined, never>;
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

/** One probe's verdict: answered well, answered slowly or with a certificate about to expire, or failed. */
export type ProbeStatus = 'up' | 'degraded' | 'down';
/** An app's derived status; `unknown` until its first success or its first run of failures long enough for `down`. */
export type HealthStatus = ProbeStatus | 'unknown';
/** What a probe found wrong, in a word the status page turns into plain words without the app's addresses. */
export type ProbeProblem =
  | 'unreachable'
  | 'timeout'
  | 'http'
  | 'invalid'
  | 'integrity'
  | 'certificate'
  | 'slow'
  | 'certificate-expiring';

/** The monitor's probes of an app, kept raw for 30 days. */
export interface ProbesTable {
  app_id: string;
  at: string;
  /** 1 unless the probe failed (`down`). */
  ok: number;
  status: ProbeStatus;
  problem: ProbeProblem | null;
  /** What was wrong, for the app's developers: it names the address that failed. */
  reason: string | null;
  /** How long the whole probe took, for probes that succeeded. */
  latency_ms: number | null;
  /** Days left on the TLS certificate of an https app. */
  certificate_days: number | null;
}

/** An app's probes of a UTC day, counted as they are stored; the latency percentiles once its raw rows are gone. */
export interface ProbeDaysTable {
  app_id: string;
  /** `2025-03-04`. */
  day: string;
  probes: number;
  ok: number;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
}

/** Each probed app's derived status (see deriveHealth). */
export interface AppHealthTable {
  app_id: string;
  status: HealthStatus;
  /** When the current status began. */
  since: string;
  problem: ProbeProblem | null;
  reason: string | null;
  /** Failed probes in a row. */
  failures: number;
  /** When the current run of failures began: when a `down` app went down. */
  failing_since: string | null;
  checked_at: string;
}

/** SQLite only: the lease of the one monitor that probes (PostgreSQL uses an advisory lock). */
export interface MonitorLockTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** What a real-user sample measured: an app's opening, or one of the portal's Core Web Vitals while it was on screen. */
export type RumMetric = 'open' | 'LCP' | 'INP' | 'CLS' | 'FCP' | 'TTFB';

/** Why an opening failed, as the shell classified it; `''` for an opening that mounted, and for every vital. */
export type RumCause =
  '' | 'timeout' | 'network' | 'integrity' | 'sdk-version' | 'mount-error' | 'render-error';

/**
 * One real-user sample, kept raw for the retention window: an open attempt (`value` the milliseconds until the app
 * mounted, or until it failed with `cause`), or a Core Web Vital (milliseconds; CLS unitless). No person, no address.
 */
export interface RumSamplesTable {
  app_id: string;
  metric: RumMetric;
  cause: RumCause;
  value: number;
  /** When the registry received the batch: a browser's clock is whatever its sender says. */
  received_at: string;
}

/** An app's samples of one metric and cause in one UTC hour: how many, and their percentiles. */
export interface RumHourlyTable {
  app_id: string;
  /** The start of the hour, `2025-03-04T05:00:00.000Z`. */
  hour: string;
  metric: RumMetric;
  cause: RumCause;
  count: number;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

/** How far the roll-up has gone: `through` is the start of the first hour not yet in `rum_hourly`. */
export interface RumRollupTable {
  name: string;
  through: string;
}

/** The columns of the nine elements' scores of a survey answer, U1 to U9 in the regulation's order. */
export const surveyScoreColumns = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

export type SurveyScoreColumn = (typeof surveyScoreColumns)[number];

/**
 * One anonymous answer to an app's satisfaction survey (Survei Kepuasan Masyarakat): the nine elements' scores, 1
 * (tidak baik) to 4 (sangat baik); no person, no address.
 */
export type SurveyAnswersTable = {
  app_id: string;
  /** The UTC year the answer was received in, `2026`: the survey's period. */
  period: string;
  /** When the registry received it. */
  received_at: string;
} & Record<SurveyScoreColumn, number>;

export interface Database {
  person_requests: PersonRequestsTable;
  publish_tokens: PublishTokensTable;
  telemetry: TelemetryTable;
  telemetry_hourly: TelemetryHourlyTable;
  apps: AppsTable;
  app_versions: AppVersionsTable;
  audit_log: AuditLogTable;
  probes: ProbesTable;
  probe_days: ProbeDaysTable;
  app_health: AppHealthTable;
  monitor_lock: MonitorLockTable;
  rum_samples: RumSamplesTable;
  rum_hourly: RumHourlyTable;
  rum_rollup: RumRollupTable;
  survey_answers: SurveyAnswersTable;
}
