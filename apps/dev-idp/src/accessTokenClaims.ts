import type { RealmUser } from './loadRealm.ts';

/**
 * A person's claims as one client's tokens carry them: only the realm roles the client's scope allows (Keycloak's
 * scope mappings), so the portal's token never carries `admin` or `developer` (decisions/0016).
 */
export function accessTokenClaims(
  user: RealmUser,
  clientId: string,
  roleScope: ReadonlyMap<string, string[]>,
) {
  const scope = roleScope.get(clientId);
  return {
    typ: 'Bearer',
    azp: clientId,
    preferred_username: user.username,
    email: user.email,
    email_verified: true,
    name: `${user.firstName} ${user.lastName}`.trim(),
    given_name: user.firstName,
    family_name: user.lastName,
    realm_access: {
      roles: scope === undefined ? user.roles : user.roles.filter((role) => scope.includes(role)),
    },
    ...(user.agency === undefined ? {} : { agency: user.agency }),
  };
}
