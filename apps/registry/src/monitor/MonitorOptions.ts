import type { ManifestEntry } from '@bas/manifest';
import type { DatabaseOptions } from '../db/createDatabase.ts';

/** What the monitor logs: status changes, taking over and letting go of the lock, failures of its own. */
export type MonitorLogger = Pick<Console, 'log' | 'error'>;

/** The monitor's database (the registry's: `DATABASE_URL`, or SQLite in `BAS_DATA_DIR`) and how it probes. */
export interface MonitorOptions extends DatabaseOptions {
  /** How often each app is probed, in ms; 60,000 by default (`BAS_PROBE_INTERVAL_MS`). */
  intervalMs?: number | undefined;
  /** Probes in flight at once, at most; 8 by default (`BAS_PROBE_CONCURRENCY`). */
  concurrency?: number | undefined;
  /** A probe that takes longer fails, in ms; 10,000 by default (`BAS_PROBE_TIMEOUT_MS`). */
  timeoutMs?: number | undefined;
  /** Failed probes in a row before an app is `down`; 3 by default (`BAS_PROBE_DOWN_AFTER`). */
  downAfter?: number | undefined;
  /** A probe that succeeds but takes longer makes the app `degraded`, in ms; 3,000 by default. */
  slowMs?: number | undefined;
  /** Where `GET /metrics` is served (`BAS_MONITOR_PORT`, 4193, in monitorMain); not at all when left out. */
  metricsPort?: number | undefined;
  /** The address the metrics listen on; 127.0.0.1 by default (`BAS_MONITOR_HOST`). */
  metricsHost?: string | undefined;
  /**
   * Which active entries are probed; every one by default. The development stack probes only the apps served on the
   * machine: the seed's other entries name the city's real addresses, which a developer's machine may not reach,
   * and would all be found down.
   */
  probes?: (entry: ManifestEntry) => boolean;
  /**
   * Where the owners are told when an app goes down and comes back: a webhook receiving JSON
   * (`BAS_ALERT_WEBHOOK_URL`), e-mail (`alertSmtpUrl`), both, or neither (no alerts).
   */
  alertWebhookUrl?: string | undefined;
  /**
   * The mail server alert e-mails go through, `smtp://` or `smtps://` (`BAS_ALERT_SMTP_URL`); each goes to the app's
   * owner (`owner.email` of its entry) and to `alertEmailTo`. No e-mails without it.
   */
  alertSmtpUrl?: string | undefined;
  /** The address alert e-mails are from (`BAS_ALERT_EMAIL_FROM`); required with `alertSmtpUrl`. */
  alertEmailFrom?: string | undefined;
  /** Told of every app besides its owner, the platform team (`BAS_ALERT_EMAIL_TO`, comma-separated). */
  alertEmailTo?: readonly string[] | undefined;
  /** The clock probes are dated by; the system's by default. */
  now?: () => Date;
  /** console by default. */
  logger?: MonitorLogger;
}

type Counts = 'intervalMs' | 'concurrency' | 'timeoutMs' | 'downAfter' | 'slowMs';

export const monitorDefaults: Record<Counts, number> = {
  intervalMs: 60_000,
  concurrency: 8,
  timeoutMs: 10_000,
  downAfter: 3,
  slowMs: 3000,
};

/** The environment variable each option is read from by monitorMain, for the message that refuses a bad value. */
const settingOf: Partial<Record<Counts, string>> = {
  intervalMs: 'BAS_PROBE_INTERVAL_MS',
  concurrency: 'BAS_PROBE_CONCURRENCY',
  timeoutMs: 'BAS_PROBE_TIMEOUT_MS',
  downAfter: 'BAS_PROBE_DOWN_AFTER',
};

/** The options' numbers with their defaults; one that is not a whole number of at least 1 stops the start. */
export function resolveMonitorOptions(options: MonitorOptions): Record<Counts, number> {
  const resolved = { ...monitorDefaults };
  for (const key of Object.keys(monitorDefaults) as Counts[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(
        `The monitor option ${key}${settingOf[key] === undefined ? '' : ` (${settingOf[key]})`} must be a whole number of at least 1; got ${String(value)}. Leave it out for the default, ${monitorDefaults[key]}.`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
