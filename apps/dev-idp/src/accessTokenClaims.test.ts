import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessTokenClaims } from './accessTokenClaims.ts';
import { loadRealm } from './loadRealm.ts';

const realm = loadRealm(fileURLToPath(new URL('../../../infra/keycloak/realm-bas.json', import.meta.url)), [
  fileURLToPath(new URL('../../../infra/keycloak/realm-bas.dev.json', import.meta.url)),
]);
const roleScope = new Map(
  realm.clients.flatMap((client) =>
    client.roleScope === undefined ? [] : [[client.clientId, client.roleScope]],
  ),
);
const admin = realm.users.find((user) => user.username === 'admin');

describe('accessTokenClaims', () => {
  it('limits the portal’s token to portal roles, as the realm’s scope mappings say', () => {
    // `developer` lets the shell offer a developer their local builds (decisions/0019); it grants nothing in the
    // registry, which takes catalog work from bas-cli and bas-console tokens only.
    expect(roleScope.get('bas-shell')).toEqual(['warga', 'asn', 'developer']);
    expect(roleScope.get('bas-portal')).toEqual(['warga', 'asn']);
    if (admin === undefined) throw new Error('the demo users lack admin');
    expect(accessTokenClaims(admin, 'bas-shell', roleScope)).toMatchObject({
      azp: 'bas-shell',
      realm_access: { roles: ['asn'] },
    });
  });

  it('gives bas-remote’s token every role the person has', () => {
    if (admin === undefined) throw new Error('the demo users lack admin');
    expect(accessTokenClaims(admin, 'bas-cli', roleScope)).toMatchObject({
      azp: 'bas-cli',
      realm_access: { roles: ['admin', 'asn'] },
    });
  });
});
