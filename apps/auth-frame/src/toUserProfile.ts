import type { UserProfile } from '@bas/sdk';

interface AccessTokenClaims {
  sub?: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  realm_access?: { roles?: string[] };
  agency?: string;
}

/** The profile a remote may see, from the access token's claims (Keycloak's shape). */
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
