import type { ConsoleConfig } from './createConsoleServer.ts';
import { httpUrl, required, whole } from './envSettings.ts';

export interface ConsoleServerConfig {
  host: string;
  port: number;
  config: ConsoleConfig;
  /** Reached over https (its public origin, BAS_CONSOLE_PUBLIC_ORIGIN): its pages carry HSTS. */
  https: boolean;
}

/**
 * The console server's settings, from the environment. The console calls the registry on its own origin (the
 * internal load balancer routes the console host's `/api/` to the registry), so it needs only the identity provider.
 */
export function loadConsoleServerConfig(env: NodeJS.ProcessEnv): ConsoleServerConfig {
  const origin = httpUrl(
    'BAS_CONSOLE_PUBLIC_ORIGIN',
    required(env, 'BAS_CONSOLE_PUBLIC_ORIGIN', 'https://pusat-kendali.kotabogor.go.id'),
  );
  return {
    host: env.BAS_HOST ?? '127.0.0.1',
    port: whole('BAS_CONSOLE_PORT', env.BAS_CONSOLE_PORT ?? '4130', 1, 65_535),
    config: {
      registryUrl: origin,
      auth: {
        url: httpUrl('BAS_AUTH_URL', required(env, 'BAS_AUTH_URL', 'https://sso.kotabogor.go.id')),
        realm: env.BAS_AUTH_REALM ?? 'bas',
        clientId: env.BAS_CONSOLE_CLIENT_ID ?? 'bas-console',
      },
    },
    https: origin.startsWith('https://'),
  };
}
