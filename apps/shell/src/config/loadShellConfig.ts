import { ShellError } from '../errors/ShellError.ts';

/** Where people sign in: a Keycloak realm (or the dev IdP, which serves the same paths). */
export interface AuthConfig {
  /** The server's base URL, e.g. `https://sso.kotabogor.go.id` or `http://127.0.0.1:4180`. */
  url: string;
  realm: string;
  clientId: string;
}

/** Settings read at run time from `config.json` beside `index.html`, so one build serves every deployment. */
export interface ShellConfig {
  manifestUrl: string;
  /** How long one attempt to load a remote may take before it counts as failed. */
  remoteTimeoutMs: number;
  /** Without it the portal runs for anonymous visitors only. */
  auth?: AuthConfig;
}

const defaults: ShellConfig = { manifestUrl: '/api/manifest', remoteTimeoutMs: 8000 };

function parseAuth(value: unknown): AuthConfig | undefined {
  if (value === undefined) return undefined;
  const auth = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { url, realm, clientId } = auth;
  if (
    typeof url !== 'string' ||
    !/^https?:\/\//.test(url) ||
    typeof realm !== 'string' ||
    typeof clientId !== 'string'
  ) {
    throw new ShellError(
      'CONFIG_INVALID',
      'config.json: "auth" needs "url" (the identity provider, http(s)), "realm" and "clientId"; see README "Single sign-on".',
    );
  }
  return { url: url.replace(/\/$/, ''), realm, clientId };
}

/** Reads `config.json` from the shell's origin; without one, the defaults apply. */
export async function loadShellConfig(origin: string): Promise<ShellConfig> {
  const response = await fetch(new URL('/config.json', origin), { headers: { accept: 'application/json' } });
  if (response.status === 404) return defaults;
  if (!response.ok) {
    throw new ShellError(
      'CONFIG_UNAVAILABLE',
      `config.json answered HTTP ${response.status}; check the server that hosts the shell.`,
    );
  }
  return parseShellConfig(await response.json().catch(() => null));
}

export function parseShellConfig(value: unknown): ShellConfig {
  if (typeof value !== 'object' || value === null) {
    throw new ShellError('CONFIG_INVALID', 'config.json is not a JSON object; see README "Configuration".');
  }
  const {
    manifestUrl = defaults.manifestUrl,
    remoteTimeoutMs = defaults.remoteTimeoutMs,
    auth,
  } = value as Partial<Record<keyof ShellConfig, unknown>>;
  if (typeof manifestUrl !== 'string' || manifestUrl === '') {
    throw new ShellError('CONFIG_INVALID', 'config.json: "manifestUrl" must be a non-empty URL string.');
  }
  if (typeof remoteTimeoutMs !== 'number' || !(remoteTimeoutMs >= 100 && remoteTimeoutMs <= 120_000)) {
    throw new ShellError(
      'CONFIG_INVALID',
      'config.json: "remoteTimeoutMs" must be a number of milliseconds between 100 and 120000.',
    );
  }
  const authConfig = parseAuth(auth);
  return { manifestUrl, remoteTimeoutMs, ...(authConfig === undefined ? {} : { auth: authConfig }) };
}
