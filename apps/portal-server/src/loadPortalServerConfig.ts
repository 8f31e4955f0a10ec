import type { ShellConfig } from '@bas/shell/server';

export interface PortalServerConfig {
  host: string;
  port: number;
  /** The registry this portal's home page is rendered from. */
  registryUrl: string;
  shellConfig: ShellConfig;
}

function required(env: NodeJS.ProcessEnv, name: string, example: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new Error(`${name} is not set: give it, e.g. ${name}=${example}.`);
  return value;
}

function httpUrl(name: string, value: string): string {
  if (!/^https?:\/\/[^/]/.test(value))
    throw new Error(`${name}="${value}" is not an http(s) URL; give one like https://bas.kotabogor.go.id.`);
  return value.replace(/\/$/, '');
}

function whole(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}="${raw}" is not valid: give a whole number from ${min} to ${max}.`);
  }
  return value;
}

/**
 * The production portal server's settings, from the environment. Every problem names the variable and what to put
 * in it, before anything listens.
 */
export function loadPortalServerConfig(env: NodeJS.ProcessEnv): PortalServerConfig {
  const authUrl = env.BAS_AUTH_URL;
  // Without an identity provider the portal would serve citizens only; in production that is a mistake, not a mode.
  if (env.NODE_ENV === 'production' && (authUrl === undefined || authUrl === '')) {
    throw new Error(
      'NODE_ENV=production needs BAS_AUTH_URL: the Keycloak people sign in with, e.g. BAS_AUTH_URL=https://sso.kotabogor.go.id.',
    );
  }
  return {
    host: env.BAS_HOST ?? '127.0.0.1',
    port: whole('BAS_PORT', env.BAS_PORT ?? '4100', 1, 65_535),
    registryUrl: httpUrl('BAS_REGISTRY_URL', required(env, 'BAS_REGISTRY_URL', 'http://registry:4200')),
    shellConfig: {
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: whole('BAS_REMOTE_TIMEOUT_MS', env.BAS_REMOTE_TIMEOUT_MS ?? '8000', 500, 60_000),
      ...(authUrl === undefined || authUrl === ''
        ? {}
        : {
            auth: {
              url: httpUrl('BAS_AUTH_URL', authUrl),
              realm: env.BAS_AUTH_REALM ?? 'bas',
              clientId: env.BAS_AUTH_CLIENT_ID ?? 'bas-shell',
            },
          }),
    },
  };
}
