import { anonymousUser, type ManifestUser } from '@bas/manifest';
import { createJwtVerifier, type JwtRefusal } from '@bas/server-kit';
import type { JWTPayload } from 'jose';
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

function reason(refusal: JwtRefusal): string {
  if (refusal.kind === 'expired') return 'the token has expired; sign in again or refresh it';
  if (refusal.kind === 'claim') return `the token's "${refusal.claim}" claim is not accepted`;
  if (refusal.kind === 'signature') return 'the token was not signed by the identity provider';
  return 'the token is malformed';
}

/**
 * Turns an `Authorization` header into the caller: anonymous without a header, a verified user with one
 * (signature against the identity provider's JWKS, issuer, audience, expiry), and a 401 for anything else.
 */
export function createTokenVerifier(options: OidcOptions) {
  const verify = createJwtVerifier(options);
  return async function userFrom(authorization: string | undefined): Promise<ManifestUser> {
    if (authorization === undefined || authorization === '') return anonymousUser;
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization);
    if (match?.[1] === undefined) {
      throw new RegistryError('TOKEN_INVALID', 'The Authorization header must be "Bearer <access token>".');
    }
    const verdict = await verify<KeycloakClaims>(match[1]);
    if (!verdict.ok) {
      const { refusal, cause } = verdict;
      if (refusal.kind === 'keys-unavailable') {
        throw new RegistryError(
          'IDP_UNAVAILABLE',
          "The identity provider's signing keys could not be fetched, so the token cannot be checked; try again shortly.",
          [],
          { cause },
        );
      }
      throw new RegistryError('TOKEN_INVALID', `The access token was refused: ${reason(refusal)}.`, [], {
        cause,
      });
    }
    const { payload } = verdict;
    const roles = payload.realm_access?.roles;
    return {
      kind: 'signed-in',
      username: payload.preferred_username ?? payload.sub ?? 'unknown',
      subject: payload.sub,
      roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
      agency: typeof payload.agency === 'string' ? payload.agency : undefined,
      client: typeof payload.azp === 'string' ? payload.azp : undefined,
    };
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
