import type { ShellConfig } from '@bas/shell/server';
import { httpUrl, required, whole } from './envSettings.ts';

/** The auth origin's server: where the auth frame is served and tokens are exchanged. */
export interface AuthOriginConfig {
  port: number;
  /** Its public origin (`https://auth.kotabogor.go.id`); the shell loads the frame from here. */
  origin: string;
  /** The portal's public origin, the only page allowed to embed the frame. */
  portalOrigin: string;
  idp: { url: string; realm: string; clientId: string };
  /** The confidential client that exchanges the portal's token for an agency's. */
  exchangeClient: { clientId: string; clientSecret: string };
}

export interface PortalServerConfig {
  host: string;
  port: number;
  /** The registry this portal's home page is rendered from. */
  registryUrl: string;
  shellConfig: ShellConfig;
  /** The portal is reached over https (BAS_PUBLIC_ORIGIN): its pages carry HSTS. */
  https: boolean;
  /** Without an identity provider there is no auth origin: the portal serves anonymous visitors only. */
  authOrigin?: AuthOriginConfig;
}

/** A share from 0 to 1, like `0.1` for one in ten. */
function share(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(
      `${name}="${raw}" is not valid: give a share of page views from 0 to 1, e.g. ${name}=0.1 for one in ten (0 turns it off).`,
    );
  }
  return value;
}

/** A comma-separated list of origins; each checked, so a typo is an error at start rather than a refused app. */
function origins(name: string, raw: string): string[] {
  return raw
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => {
      if (!URL.canParse(value) || new URL(value).origin !== value) {
        throw new Error(
          `${name} lists "${value}", which is not an origin: give origins like https://aset.kotabogor.go.id (no path, no trailing /), separated by commas.`,
        );
      }
      return value;
    });
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
  const port = whole('BAS_PORT', env.BAS_PORT ?? '4100', 1, 65_535);
  const authPort = whole('BAS_AUTH_FRAME_PORT', env.BAS_AUTH_FRAME_PORT ?? String(port + 10), 1, 65_535);
  const authOrigin =
    authUrl === undefined || authUrl === ''
      ? undefined
      : {
          port: authPort,
          origin: httpUrl(
            'BAS_AUTH_FRAME_ORIGIN',
            env.BAS_AUTH_FRAME_ORIGIN ?? `http://127.0.0.1:${authPort}`,
          ),
          portalOrigin: httpUrl('BAS_PUBLIC_ORIGIN', env.BAS_PUBLIC_ORIGIN ?? `http://127.0.0.1:${port}`),
          idp: {
            url: httpUrl('BAS_AUTH_URL', authUrl),
            realm: env.BAS_AUTH_REALM ?? 'bas',
            clientId: env.BAS_AUTH_CLIENT_ID ?? 'bas-shell',
          },
          exchangeClient: {
            clientId: env.BAS_PORTAL_CLIENT_ID ?? 'bas-portal',
            // Keycloak generates it when the realm is imported: copy it from the bas-portal client's credentials.
            clientSecret: required(
              env,
              'BAS_PORTAL_CLIENT_SECRET',
              '<the bas-portal client secret from Keycloak>',
            ),
          },
        };
  return {
    host: env.BAS_HOST ?? '127.0.0.1',
    port,
    registryUrl: httpUrl('BAS_REGISTRY_URL', required(env, 'BAS_REGISTRY_URL', 'http://registry:4200')),
    https: (env.BAS_PUBLIC_ORIGIN ?? '').startsWith('https://'),
    shellConfig: {
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: whole('BAS_REMOTE_TIMEOUT_MS', env.BAS_REMOTE_TIMEOUT_MS ?? '8000', 500, 60_000),
      // The registry's asset origin, where approved builds are served, and any agency server trusted to serve
      // its own pinned build.
      remoteOrigins: [
        ...origins('BAS_ASSET_ORIGIN', env.BAS_ASSET_ORIGIN ?? 'http://127.0.0.1:4191'),
        ...origins('BAS_REMOTE_ORIGINS', env.BAS_REMOTE_ORIGINS ?? ''),
      ],
      // One page view in ten reports its openings and Core Web Vitals: enough for an app's figures, at a tenth of
      // the requests.
      rumSampleRate: share('BAS_RUM_SAMPLE_RATE', env.BAS_RUM_SAMPLE_RATE ?? '0.1'),
      ...(authOrigin === undefined ? {} : { auth: { frameOrigin: authOrigin.origin } }),
    },
    ...(authOrigin === undefined ? {} : { authOrigin }),
  };
}
