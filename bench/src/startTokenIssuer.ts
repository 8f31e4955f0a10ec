import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';

const audience = 'bas-registry';
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A stand-in for the realm's token issuer, enough for a registry of the bench's own: an RSA key, its JWKS served
 * on loopback where the registry looks by default (Keycloak's certificate path under the issuer), and access tokens
 * signed with it (RS256) as Keycloak shapes a platform admin's of bas-remote (client `bas-cli`, role `admin`).
 */
export async function startTokenIssuer() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' };
  const server = createServer((request, response) => {
    if (request.url === '/realms/bas/protocol/openid-connect/certs') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}/realms/bas`;

  /** A platform admin's access token, valid for an hour. */
  function adminToken(): string {
    const now = Math.floor(Date.now() / 1000);
    const signed = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'bench' })}.${encode({
      iss: issuer,
      aud: audience,
      sub: 'user-admin',
      iat: now,
      exp: now + 3600,
      azp: 'bas-cli',
      preferred_username: 'admin',
      realm_access: { roles: ['admin', 'asn'] },
      agency: 'diskominfo',
    })}`;
    return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`;
  }

  return {
    oidc: { issuer, audience },
    adminToken,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
