import type { UserProfile } from '@bas/sdk';

/** The claims of a Keycloak access token that say who the person is. */
export interface AccessTokenClaims {
  sub?: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  realm_access?: { roles?: string[] };
  agency?: unknown;
}

/**
 * The person as the access token's claims (Keycloak's shape) say: the profile the auth frame gives the page and a
 * remote may see, and what the console reads roles from.
 */
export function toUserProfile(claims: AccessTokenClaims): UserProfile {
  const username = claims.preferred_username ?? claims.sub ?? 'unknown';
  return {
    username,
    name: claims.name !== undefined && claims.name.trim() !== '' ? claims.name : username,
    ...(claims.email === undefined ? {} : { email: claims.email }),
    roles: claims.realm_access?.roles ?? [],
    ...(typeof claims.agency === 'string' ? { agency: claims.agency } : {}),
  };
}
