import { jwtVerify, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';

/**
 * keycloak-js decodes the refresh token as a JWT, and oidc-provider's refresh tokens are opaque: the dev IdP hands
 * out each refresh token inside a signed JWT and unwraps it when it comes back. The secret lives in memory only,
 * so a restart of the dev IdP ends every session, as a restart of its in-memory store does anyway.
 */
export function createRefreshTokenEnvelope(issuer: string) {
  const secret = randomBytes(32);
  return {
    async wrap(opaque: string, expiresIn: number): Promise<string> {
      return new SignJWT({ rt: opaque, typ: 'Refresh' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(`${expiresIn}s`)
        .sign(secret);
    },
    /** The opaque token inside, or the input unchanged when it is no envelope (oidc-provider then refuses it). */
    async unwrap(token: string): Promise<string> {
      try {
        const { payload } = await jwtVerify<{ rt?: unknown }>(token, secret, { issuer });
        return typeof payload.rt === 'string' ? payload.rt : token;
      } catch {
        return token;
      }
    },
  };
}
