import type { MonitorOptions } from './monitor/MonitorOptions.ts';

const whole = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : Number(value);

/** `a@kotabogor.go.id, b@kotabogor.go.id` → both addresses; nothing when unset. */
const addresses = (value: string | undefined) =>
  value
    ?.split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');

/**
 * The monitor's settings from the environment: the registry's database (`DATABASE_URL`, or SQLite in
 * `BAS_DATA_DIR`), the probes' and the alerts'. A bad number stops the start with a message naming the variable
 * (resolveMonitorOptions), as does a bad alert setting (createAlerts).
 */
export function loadMonitorConfig(env: NodeJS.ProcessEnv = process.env): MonitorOptions {
  return {
    dataDir: env.BAS_DATA_DIR ?? '.data',
    databaseUrl: env.DATABASE_URL,
    intervalMs: whole(env.BAS_PROBE_INTERVAL_MS),
    concurrency: whole(env.BAS_PROBE_CONCURRENCY),
    timeoutMs: whole(env.BAS_PROBE_TIMEOUT_MS),
    downAfter: whole(env.BAS_PROBE_DOWN_AFTER),
    metricsPort: whole(env.BAS_MONITOR_PORT) ?? 4193,
    metricsHost: env.BAS_MONITOR_HOST ?? '127.0.0.1',
    alertWebhookUrl: env.BAS_ALERT_WEBHOOK_URL,
    alertSmtpUrl: env.BAS_ALERT_SMTP_URL,
    alertEmailFrom: env.BAS_ALERT_EMAIL_FROM,
    alertEmailTo: addresses(env.BAS_ALERT_EMAIL_TO),
  };
}
