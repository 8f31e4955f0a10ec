import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** Why a token was not accepted, for the caller to put in its own words. */
export type JwtRefusal =
  | { kind: 'expired' }
  | { kind: 'claim'; claim: string }
  | { kind: 'signature' }
  | { kind: 'malformed' }
  /** The identity provider's keys could not be had: the verifier's problem, not the token's. */
  | { kind: 'keys-unavailable' };

export type JwtVerdict<T> = { ok: true; payload: T } | { ok: false; refusal: JwtRefusal; cause: unknown };

function refusalOf(error: unknown): JwtRefusal {
  if (error instanceof errors.JWTExpired) return { kind: 'expired' };
  if (error instanceof errors.JWTClaimValidationFailed) return { kind: 'claim', claim: error.claim };
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return { kind: 'signature' };
  }
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  ) {
    return { kind: 'keys-unavailable' };
  }
  return { kind: 'malformed' };
}

/**
 * Verifies access tokens as every server that receives one must: the signature against the identity provider's
 * JWKS (fetched once and cached, Keycloak's certificate path by default), the issuer, the expiry and the subject,
 * and the audience when one is given. The registry and the agency APIs under `npm start` both use it.
 *
 * @example
 * const verify = createJwtVerifier({ issuer: 'http://127.0.0.1:4180/realms/bas', audience: 'bas-registry' });
 * const verdict = await verify(token);
 */
export function createJwtVerifier(options: {
  issuer: string;
  jwksUrl?: string | undefined;
  audience?: string;
}) {
  const jwks = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`),
    { timeoutDuration: 5000, cooldownDuration: 30_000 },
  );
  return async function verify<T extends JWTPayload>(token: string): Promise<JwtVerdict<T>> {
    try {
      const { payload } = await jwtVerify<T>(token, jwks, {
        issuer: options.issuer,
        ...(options.audience === undefined ? {} : { audience: options.audience }),
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
      });
      return { ok: true, payload };
    } catch (cause) {
      return { ok: false, refusal: refusalOf(cause), cause };
    }
  };
}
