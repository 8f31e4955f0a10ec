import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';
import type Provider from 'oidc-provider';
import { accessTokenClaims } from './accessTokenClaims.ts';
import type { Realm, RealmUser } from './loadRealm.ts';

export const tokenExchangeGrant = 'urn:ietf:params:oauth:grant-type:token-exchange';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';

/**
 * OAuth 2.0 Token Exchange (RFC 8693) as Keycloak 26's standard token exchange does it, so the portal server meets
 * the same rules in development: a confidential client with exchange enabled swaps an access token that names it in
 * `aud` for one whose `aud` is a single audience the client's audience mappers allow, carrying only the roles the
 * client's scope allows, and no refresh token. Errors carry Keycloak's codes and descriptions.
 */
export function registerTokenExchange(
  provider: Provider,
  realm: Realm,
  keys: { privateKey: CryptoKey; publicKey: CryptoKey; kid: string },
  users: ReadonlyMap<string, RealmUser>,
  roleScope: ReadonlyMap<string, string[]>,
): void {
  const clients = new Map(realm.clients.map((client) => [client.clientId, client]));

  async function exchange(ctx: KoaContextWithOIDC): Promise<void> {
    const client = clients.get(ctx.oidc.client?.clientId ?? '');
    if (client?.tokenExchange !== true) {
      throw new errors.InvalidRequest('Standard token exchange is not enabled for the requested client');
    }
    const params = ctx.oidc.params as Record<string, string | undefined>;
    if (params.subject_token_type !== accessTokenType) {
      throw new errors.InvalidRequest('subject_token_type must be an access token');
    }
    if (params.requested_token_type !== undefined && params.requested_token_type !== accessTokenType) {
      throw new errors.InvalidRequest('requested_token_type unsupported');
    }
    const audience = params.audience;
    if (audience === undefined || !client.audiences.includes(audience)) {
      throw new errors.InvalidRequest(`Requested audience not available: ${audience ?? '(none)'}`);
    }
    const subject = await jwtVerify(params.subject_token ?? '', keys.publicKey, {
      issuer: provider.issuer,
    }).catch(() => {
      throw new errors.InvalidRequest('Invalid token');
    });
    const audiences = [subject.payload.aud ?? []].flat();
    if (!audiences.includes(client.clientId)) {
      throw new errors.AccessDenied('Client is not within the token audience');
    }
    const user = users.get(subject.payload.sub ?? '');
    if (user === undefined) throw new errors.InvalidRequest('Invalid token');
    const { realm_access: realmAccess, agency } = accessTokenClaims(user, client.clientId, roleScope);
    const lifespan = client.accessTokenLifespan ?? realm.accessTokenLifespan;
    const token = await new SignJWT({
      typ: 'Bearer',
      azp: client.clientId,
      scope: '',
      // The realm's "username" mapper on the portal server's client: agency APIs know whom a request is for.
      preferred_username: user.username,
      ...(realmAccess.roles.length === 0 ? {} : { realm_access: realmAccess }),
      ...(agency === undefined ? {} : { agency }),
    })
      .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
      .setIssuer(provider.issuer)
      .setSubject(user.username)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${lifespan}s`)
      .setJti(randomUUID())
      .sign(keys.privateKey);
    ctx.body = {
      access_token: token,
      expires_in: lifespan,
      token_type: 'Bearer',
      issued_token_type: accessTokenType,
      scope: '',
    };
  }

  provider.registerGrantType(tokenExchangeGrant, exchange, [
    'subject_token',
    'subject_token_type',
    'requested_token_type',
    'audience',
  ]);
}
