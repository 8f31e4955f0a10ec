import { ShellError } from '../errors/ShellError.ts';

/**
 * Where the person's session lives: the auth frame's origin (`https://auth.kotabogor.go.id`, or its own port
 * locally). keycloak-js and every token of the portal's own stay there; the page asks it for what it may hold.
 */
export interface AuthConfig {
  frameOrigin: string;
}

/** Settings read at run time from `config.json` beside `index.html`, so one build serves every deployment. */
export interface ShellConfig {
  manifestUrl: string;
  /** How long one attempt to load a remote may take before it counts as failed. */
  remoteTimeoutMs: number;
  /**
   * The only origins remotes load from: the portal's remote-asset origin, where approved builds are stored, and any
   * agency server the deployment trusts to serve its own pinned build. An app elsewhere fails closed.
   */
  remoteOrigins: string[];
  /**
   * The share of page views, from 0 to 1, that report real-user monitoring (openings of apps, Core Web Vitals);
   * one in ten (0.1) when left out.
   */
  rumSampleRate?: number;
  /** Without it the portal runs for anonymous visitors only. */
  auth?: AuthConfig;
}

/** The settings the shell runs with: those config.json leaves out are filled in with their defaults. */
export type ResolvedShellConfig = ShellConfig & Required<Pick<ShellConfig, 'rumSampleRate'>>;

const defaults = {
  manifestUrl: '/api/manifest',
  remoteTimeoutMs: 8000,
  remoteOrigins: [] as string[],
  rumSampleRate: 0.1,
};

function parseAuth(value: unknown): AuthConfig | undefined {
  if (value === undefined) return undefined;
  const frameOrigin = (value as { frameOrigin?: unknown } | null)?.frameOrigin;
  if (typeof frameOrigin !== 'string' || !/^https?:\/\/[^/]+$/.test(frameOrigin.replace(/\/$/, ''))) {
    throw new ShellError(
      'CONFIG_INVALID',
      'config.json: "auth" needs "frameOrigin", the auth frame\'s origin (http(s)://host[:port]); see README "Single sign-on".',
    );
  }
  return { frameOrigin: frameOrigin.replace(/\/$/, '') };
}

/** How long `config.json` may take: it is a small static file, so a server that holds it longer is not answering. */
export const configTimeoutMs = 5000;

/**
 * Reads `config.json` from the shell's origin; settings it leaves out take their defaults. A deployment without one
 * is misrouted: run on defaults it would lose sign-in and refuse every federated app without saying why.
 */
export async function loadShellConfig(
  origin: string,
  timeoutMs = configTimeoutMs,
): Promise<ResolvedShellConfig> {
  const signal = AbortSignal.timeout(timeoutMs);
  const unavailable = (what: string, cause: unknown) =>
    new ShellError('CONFIG_UNAVAILABLE', `config.json ${what}; check the server that hosts the shell.`, {
      cause,
    });
  let response: Response;
  try {
    response = await fetch(new URL('/config.json', origin), {
      headers: { accept: 'application/json' },
      signal,
    });
  } catch (cause) {
    throw unavailable(
      signal.aborted ? `did not answer within ${timeoutMs / 1000} s` : 'could not be reached',
      cause,
    );
  }
  if (!response.ok) {
    throw new ShellError(
      'CONFIG_UNAVAILABLE',
      `config.json answered HTTP ${response.status}; check the server that hosts the shell.`,
    );
  }
  const body: unknown = await response.json().catch((cause: unknown) => {
    if (signal.aborted) throw unavailable(`did not answer within ${timeoutMs / 1000} s`, cause);
    return null;
  });
  return parseShellConfig(body);
}

export function parseShellConfig(value: unknown): ResolvedShellConfig {
  if (typeof value !== 'object' || value === null) {
    throw new ShellError('CONFIG_INVALID', 'config.json is not a JSON object; see README "Configuration".');
  }
  const {
    manifestUrl = defaults.manifestUrl,
    remoteTimeoutMs = defaults.remoteTimeoutMs,
    remoteOrigins = defaults.remoteOrigins,
    rumSampleRate = defaults.rumSampleRate,
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
  if (
    !Array.isArray(remoteOrigins) ||
    !remoteOrigins.every(
      (origin) => typeof origin === 'string' && URL.canParse(origin) && new URL(origin).origin === origin,
    )
  ) {
    throw new ShellError(
      'CONFIG_INVALID',
      'config.json: "remoteOrigins" must list origins like "https://aset.kotabogor.go.id" (no path, no trailing /).',
    );
  }
  if (typeof rumSampleRate !== 'number' || !(rumSampleRate >= 0 && rumSampleRate <= 1)) {
    throw new ShellError(
      'CONFIG_INVALID',
      'config.json: "rumSampleRate" must be a number from 0 to 1, the share of page views that report real-user monitoring (0.1 for one in ten).',
    );
  }
  const authConfig = parseAuth(auth);
  return {
    manifestUrl,
    remoteTimeoutMs,
    remoteOrigins,
    rumSampleRate,
    ...(authConfig === undefined ? {} : { auth: authConfig }),
  };
}
