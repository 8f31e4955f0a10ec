import { CliError } from '../CliError.ts';

/** Where the portal's people sign in, from the portal's own runtime configuration. */
export interface PortalAuth {
  tokenEndpoint: string;
  deviceEndpoint: string;
}

/** The CLI's own client in the realm: public, device authorization grant only. */
export const cliClientId = 'bas-cli';

async function readConfig<T>(url: URL, what: string): Promise<T> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as T;
  } catch (error) {
    throw new CliError(`Cannot read ${url.href} (${(error as Error).message}): is ${what}?`);
  }
}

/**
 * Finds the identity provider the way the portal page does: the portal's `config.json` names its auth origin, whose
 * own `config.json` names the identity provider and realm.
 */
export async function portalAuth(portal: string): Promise<PortalAuth> {
  const config = await readConfig<{ auth?: { frameOrigin?: string } }>(
    new URL('/config.json', portal),
    `${portal} a BAS portal`,
  );
  const frameOrigin = config.auth?.frameOrigin;
  if (frameOrigin === undefined) {
    throw new CliError(
      `${portal} has no sign-in configured (config.json has no auth): ask its administrator.`,
    );
  }
  const { auth } = await readConfig<{ auth?: { url?: string; realm?: string } }>(
    new URL('/config.json', frameOrigin),
    `${frameOrigin} the portal's auth origin`,
  );
  if (auth?.url === undefined || auth.realm === undefined) {
    throw new CliError(
      `${frameOrigin}/config.json names no identity provider: ask the portal's administrator.`,
    );
  }
  const base = `${auth.url}/realms/${auth.realm}/protocol/openid-connect`;
  return { tokenEndpoint: `${base}/token`, deviceEndpoint: `${base}/auth/device` };
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string | undefined;
  /** When the access token expires, epoch ms. */
  expiresAt: number;
}

/** Posts a form to the token endpoint; an OAuth error comes back as `{ error }`, anything else throws. */
export async function tokenRequest(
  endpoint: string,
  form: Record<string, string>,
): Promise<{ tokens: TokenSet } | { error: string; description?: string }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: cliClientId, ...form }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (typeof body.access_token === 'string') {
    return {
      tokens: {
        accessToken: body.access_token,
        refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
        expiresAt: Date.now() + Number(body.expires_in ?? 300) * 1000,
      },
    };
  }
  if (typeof body.error === 'string') {
    return {
      error: body.error,
      ...(typeof body.error_description === 'string' ? { description: body.error_description } : {}),
    };
  }
  throw new CliError(`The identity provider answered HTTP ${response.status} without a token or an error.`);
}
