/** The confidential client the auth origin's server exchanges tokens with. */
export interface TokenExchangeOptions {
  /** The identity provider's token endpoint (`<issuer>/protocol/openid-connect/token`). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

export type ExchangeResult =
  { ok: true; accessToken: string; expiresIn: number } | { ok: false; status: number; message: string };

const grantType = 'urn:ietf:params:oauth:grant-type:token-exchange';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';

/**
 * OAuth 2.0 Token Exchange (RFC 8693) as Keycloak's standard token exchange and the dev IdP implement it: the
 * portal's access token in, an access token for one audience out, issued to this confidential client. The identity
 * provider decides what the new token carries (the audience asked for, the portal roles); it refuses an audience
 * this client may not ask for.
 */
export function createTokenExchange(options: TokenExchangeOptions) {
  const credentials = Buffer.from(
    `${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`,
  ).toString('base64');
  return async (subjectToken: string, audience: string): Promise<ExchangeResult> => {
    let response: Response;
    try {
      response = await fetch(options.tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${credentials}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: grantType,
          subject_token: subjectToken,
          subject_token_type: accessTokenType,
          requested_token_type: accessTokenType,
          audience,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
    } catch (cause) {
      return {
        ok: false,
        status: 502,
        message: `the identity provider at ${options.tokenUrl} could not be reached (${String(cause)})`,
      };
    }
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
      error_description?: string;
    };
    if (response.ok && typeof body.access_token === 'string') {
      return { ok: true, accessToken: body.access_token, expiresIn: body.expires_in ?? 60 };
    }
    const reason = body.error_description ?? body.error ?? `HTTP ${response.status}`;
    // The person's own token was refused (expired, revoked): they must sign in again. Anything else is ours.
    const status = body.error === 'invalid_token' || body.error === 'invalid_grant' ? 401 : 403;
    return { ok: false, status, message: `the identity provider refused a token for ${audience}: ${reason}` };
  };
}
