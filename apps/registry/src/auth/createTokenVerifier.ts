import { anonymousUser, type ManifestUser } from '@bas/manifest';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { RegistryError } from '../errors/RegistryError.ts';

export interface OidcOptions {
  /** The realm's issuer, e.g. `http://127.0.0.1:4180/realms/bas` or a Keycloak realm URL. */
  issuer: string;
  /** Defaults to Keycloak's certificate endpoint under the issuer. */
  jwksUrl?: string | undefined;
  /** The audience access tokens must carry for the registry. */
  audience: string;
}

interface KeycloakClaims extends JWTPayload {
  preferred_username?: string;
  realm_access?: { roles?: unknown };
  agency?: unknown;
  azp?: unknown;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired; sign in again or refresh it';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'the token was not signed by the identity provider';
  }
  return 'the token is malformed';
}

/** The identity provider's keys could not be had: the registry's problem, not the caller's token. */
function keysUnavailable(error: unknown): boolean {
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  );
}

/**
 * Turns an `Authorization` header into the caller: anonymous without a header, a verified user with one
 * (signature against the identity provider's JWKS, issuer, audience, expiry), and a 401 for anything else.
 */
export function createTokenVerifier(options: OidcOptions) {
  const jwks = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`),
    { timeoutDuration: 5000, cooldownDuration: 30_000 },
  );
  return async function userFrom(authorization: string | undefined): Promise<ManifestUser> {
    if (authorization === undefined || authorization === '') return anonymousUser;
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization);
    if (match?.[1] === undefined) {
      throw new RegistryError('TOKEN_INVALID', 'The Authorization header must be "Bearer <access token>".');
    }
    let payload: KeycloakClaims;
    try {
      ({ payload } = await jwtVerify<KeycloakClaims>(match[1], jwks, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (cause) {
      if (keysUnavailable(cause)) {
        throw new RegistryError(
          'IDP_UNAVAILABLE',
          "The identity provider's signing keys could not be fetched, so the token cannot be checked; try again shortly.",
          [],
          { cause },
        );
      }
      throw new RegistryError('TOKEN_INVALID', `The access token was refused: ${reason(cause)}.`, [], {
        cause,
      });
    }
    const roles = payload.realm_access?.roles;
    return {
      kind: 'signed-in',
      username: payload.preferred_username ?? payload.sub ?? 'unknown',
      roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
      agency: typeof payload.agency === 'string' ? payload.agency : undefined,
      client: typeof payload.azp === 'string' ? payload.azp : undefined,
    };
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
