import { toUserProfile, type AccessTokenClaims } from '@bas/auth-bridge';

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

/** The person as the console shows them; roles come from the realm, as the registry reads them. */
export function toConsoleUser(claims: AccessTokenClaims): ConsoleUser {
  const { username, name, roles, agency } = toUserProfile(claims);
  return {
    username,
    name,
    isAdmin: roles.includes('admin'),
    isDeveloper: roles.includes('developer'),
    ...(agency === undefined ? {} : { agency }),
  };
}
