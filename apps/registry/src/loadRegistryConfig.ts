import type { RegistryOptions } from './buildRegistry.ts';

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
    environment,
    oidc: { issuer, jwksUrl: env.OIDC_JWKS_URL, audience: env.OIDC_AUDIENCE ?? 'bas-registry' },
    assetOrigin: (env.BAS_ASSET_ORIGIN ?? `http://127.0.0.1:${env.BAS_ASSET_PORT ?? '4191'}`).replace(
      /\/$/,
      '',
    ),
  };
}
