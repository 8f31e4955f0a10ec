/** The person signed in to the console, from their access token's claims. */
export interface ConsoleUser {
  username: string;
  name: string;
  /** A platform admin: approves, rolls back, disables, reads the audit log. */
  isAdmin: boolean;
  /** An agency developer: sees their agency's apps, versions and health. */
  isDeveloper: boolean;
  /** The agency code of a developer (and of an admin, who works at Diskominfo). */
  agency?: string;
}

interface AccessTokenClaims {
  sub?: string;
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  agency?: unknown;
}

/** The person as the console shows them; roles come from the realm, as the registry reads them. */
export function toConsoleUser(claims: AccessTokenClaims): ConsoleUser {
  const username = claims.preferred_username ?? claims.sub ?? 'unknown';
  const roles = claims.realm_access?.roles ?? [];
  return {
    username,
    name: claims.name !== undefined && claims.name.trim() !== '' ? claims.name : username,
    isAdmin: roles.includes('admin'),
    isDeveloper: roles.includes('developer'),
    ...(typeof claims.agency === 'string' ? { agency: claims.agency } : {}),
  };
}
