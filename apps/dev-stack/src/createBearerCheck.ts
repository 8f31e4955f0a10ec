import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** What an agency API decides about a request's bearer token before it looks at the request. */
export type BearerVerdict = { ok: true } | { ok: false; message: string };

/**
 * What a real agency API does with the token the portal sends, and what the mock agency APIs under `npm start` now
 * do in front of their handlers: verify the signature against the identity provider's JWKS, the issuer and the
 * expiry, with jose. A request without a token passes (the API decides what a visitor may do); a forged, foreign or
 * expired one is refused. (The audience is checked once each agency gets tokens of its own; issue 13.)
 */
export function createBearerCheck(options: { issuer: string; jwksUrl?: string }) {
  const jwks = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`),
    { timeoutDuration: 5000 },
  );
  return async function check(authorization: string | undefined): Promise<BearerVerdict> {
    if (authorization === undefined || authorization === '') return { ok: true };
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
    if (token === undefined)
      return { ok: false, message: 'The Authorization header must be "Bearer <token>".' };
    try {
      await jwtVerify(token, jwks, {
        issuer: options.issuer,
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
      });
      return { ok: true };
    } catch (error) {
      const why =
        error instanceof errors.JWTExpired
          ? 'it has expired; sign in again'
          : error instanceof errors.JWTClaimValidationFailed
            ? `its "${error.claim}" claim is not accepted`
            : 'it was not signed by the portal’s identity provider';
      return { ok: false, message: `The agency API refused the access token: ${why}.` };
    }
  };
}
