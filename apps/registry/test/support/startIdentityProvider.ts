import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface TestUser {
  username: string;
  roles: string[];
  agency?: string;
}

/**
 * A stand-in for the realm's token issuer: a real HTTP server with a JWKS, and keys to sign access tokens as
 * Keycloak shapes them. A second key, not in the JWKS, forges tokens.
 */
export async function startIdentityProvider() {
  const trusted = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((request, response) => {
    if (request.url === '/realms/bas/protocol/openid-connect/certs') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/bas`;
  const audience = 'bas-registry';

  async function sign(
    user: TestUser,
    options: {
      forged?: boolean;
      expiresIn?: string;
      audience?: string;
      issuer?: string;
      kid?: string;
      claims?: JWTPayload;
    } = {},
  ): Promise<string> {
    return new SignJWT({
      // bas-remote's client, which may publish and administer; a test names another with `claims.azp`.
      azp: 'bas-cli',
      preferred_username: user.username,
      realm_access: { roles: user.roles },
      ...(user.agency === undefined ? {} : { agency: user.agency }),
      ...options.claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setSubject(`user-${user.username}`)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.forged === true ? forger.privateKey : trusted.privateKey);
  }

  /** A token with `alg: none`: claims that anyone could have written. */
  function unsigned(user: TestUser): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: issuer,
      aud: audience,
      sub: `user-${user.username}`,
      exp: now + 300,
      iat: now,
      preferred_username: user.username,
      realm_access: { roles: user.roles },
    };
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
  }

  return {
    oidc: { issuer, audience },
    sign,
    unsigned,
    /** `Authorization` header for a user. */
    bearer: async (user: TestUser) => `Bearer ${await sign(user)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The demo users of the realm, as the registry sees them. */
export const users = {
  warga: { username: 'warga', roles: ['warga'] },
  asnDisdukcapil: { username: 'asn.disdukcapil', roles: ['asn'], agency: 'disdukcapil' },
  asnBkpsdm: { username: 'asn.bkpsdm', roles: ['asn'], agency: 'bkpsdm' },
  devDisdukcapil: { username: 'dev.disdukcapil', roles: ['developer'], agency: 'disdukcapil' },
  devBkpsdm: { username: 'dev.bkpsdm', roles: ['developer'], agency: 'bkpsdm' },
  admin: { username: 'admin', roles: ['admin', 'asn'], agency: 'diskominfo' },
} satisfies Record<string, TestUser>;
