import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface TokenClaims {
  roles?: string[];
  azp?: string;
  name?: string;
  audience?: string;
  expiresIn?: string;
}

/**
 * An identity provider's signing half for the tests: a key pair whose public half is served as a JWKS, and tokens
 * signed with it shaped like Keycloak's (realm roles, `azp`, the registry's audience). `foreign` signs with a key
 * the JWKS does not hold, as a forger would.
 */
export async function startTokenIssuer() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const forged = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/realms/bas`;
  const sign = (claims: TokenClaims, key = privateKey) =>
    new SignJWT({
      realm_access: { roles: claims.roles ?? [] },
      azp: claims.azp ?? 'bas-console',
      name: claims.name ?? 'Admin Kominfo',
      preferred_username: 'admin.kominfo',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(issuer)
      .setSubject('admin-1')
      .setAudience(claims.audience ?? 'bas-registry')
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '5m')
      .sign(key);
  return {
    oidc: { issuer, jwksUrl: `http://127.0.0.1:${port}/jwks`, audience: 'bas-registry' },
    bearer: async (claims: TokenClaims) => `Bearer ${await sign(claims)}`,
    forgedBearer: async (claims: TokenClaims) => `Bearer ${await sign(claims, forged.privateKey)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
