import type { RegistryOptions } from './buildRegistry.ts';
import { parseTrustProxy } from './parseTrustProxy.ts';

const whole = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Settings from the environment, each with the embedded default `npm start` uses. */
export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): Omit<RegistryOptions, 'seed'> {
  const environment = env.BAS_ENVIRONMENT ?? 'production';
  if (environment !== 'production' && environment !== 'development') {
    throw new Error(`BAS_ENVIRONMENT="${environment}" is not known; use "production" or "development".`);
  }
  const issuer = env.OIDC_ISSUER ?? 'http://127.0.0.1:4180/realms/bas';
  return {
    dataDir: env.BAS_DATA_DIR ?? '.data',
    databaseUrl: env.DATABASE_URL,
    databaseReadUrl: env.DATABASE_READ_URL,
    databaseNotifyUrl: env.DATABASE_NOTIFY_URL,
    environment,
    oidc: { issuer, jwksUrl: env.OIDC_JWKS_URL, audience: env.OIDC_AUDIENCE ?? 'bas-registry' },
    // A bad value (not a whole number) stops the start with a message naming the setting (TelemetryOptions).
    telemetry: {
      retentionDays: whole(env.BAS_TELEMETRY_RETENTION_DAYS),
      hourlyRetentionDays: whole(env.BAS_TELEMETRY_HOURLY_RETENTION_DAYS),
      requestsPerClientPerMinute: whole(env.BAS_TELEMETRY_REQUESTS_PER_CLIENT),
      recordsPerClientPerAppPerMinute: whole(env.BAS_TELEMETRY_RECORDS_PER_CLIENT_PER_APP),
      recordsPerAppPerMinute: whole(env.BAS_TELEMETRY_RECORDS_PER_APP),
      namesPerAppPerDay: whole(env.BAS_TELEMETRY_NAMES_PER_APP),
    },
    // The same for real-user monitoring (RumOptions).
    rum: {
      retentionDays: whole(env.BAS_RUM_RETENTION_DAYS),
      hourlyRetentionDays: whole(env.BAS_RUM_HOURLY_RETENTION_DAYS),
      rollUpMinutes: whole(env.BAS_RUM_ROLLUP_MINUTES),
    },
    trustProxy: parseTrustProxy(env.BAS_TRUST_PROXY),
    assetOrigin: (env.BAS_ASSET_ORIGIN ?? `http://127.0.0.1:${env.BAS_ASSET_PORT ?? '4191'}`).replace(
      /\/$/,
      '',
    ),
  };
}
