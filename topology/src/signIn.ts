/** A person signed in to the realm: their tokens as the CLI client holds them. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token was issued, by this machine's clock. */
  issuedAt: number;
}

const tokenUrl = (url: string) => `${url}/realms/bas/protocol/openid-connect/token`;

async function tokens(url: string, form: Record<string, string>): Promise<Session> {
  const response = await fetch(tokenUrl(url), {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'bas-cli', ...form }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`Keycloak answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { access_token: string; refresh_token: string };
  return { accessToken: body.access_token, refreshToken: body.refresh_token, issuedAt: Date.now() };
}

/** Signs in with the password grant through the load balancer, as the load generator's people. */
export const signIn = (url: string, username: string, password = 'bas-demo') =>
  tokens(url, { grant_type: 'password', username, password, scope: 'openid' });

/** The session's next tokens; fails when Keycloak no longer knows the session (the person is signed out). */
export const refresh = (url: string, session: Session) =>
  tokens(url, { grant_type: 'refresh_token', refresh_token: session.refreshToken });

/** An access token for `username` that is less than a minute old, signing in again if its session was lost. */
export function tokenSource(url: string, username: string): () => Promise<string> {
  let session: Promise<Session> | undefined;
  return async () => {
    const current = await session?.catch(() => undefined);
    if (session === undefined || current === undefined || Date.now() - current.issuedAt > 60_000) {
      session = (current === undefined ? signIn(url, username) : refresh(url, current)).catch(() =>
        signIn(url, username),
      );
    }
    return (await session).accessToken;
  };
}
