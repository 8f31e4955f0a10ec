import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { randomBytes } from 'node:crypto';
import { accessTokenClaims } from './accessTokenClaims.ts';
import { deviceCodeInputPage, deviceConfirmPage, deviceSuccessPage } from './deviceConfirmPage.ts';
import { pageLanguage } from './pageLanguage.ts';
import type { Realm } from './loadRealm.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import type { createRefreshTokenEnvelope } from './refreshTokenEnvelope.ts';
import { registerTokenExchange, tokenExchangeGrant } from './registerTokenExchange.ts';

/** Keycloak's endpoint paths, relative to the realm's issuer. */
export const endpoints = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  end_session: '/protocol/openid-connect/logout',
  jwks: '/protocol/openid-connect/certs',
  userinfo: '/protocol/openid-connect/userinfo',
  revocation: '/protocol/openid-connect/revoke',
  device_authorization: '/protocol/openid-connect/auth/device',
  code_verification: '/device',
} as const;

const deviceCodeGrant = 'urn:ietf:params:oauth:grant-type:device_code';

// The registry is the resource server; oidc-provider names it by URI, the tokens carry Keycloak's audience.
const registryResource = 'urn:bas:registry';

/** The page's language (the switch's `?lang=`, kept in a cookie by the server) and the address its switch reloads. */
function languageOf(ctx: KoaContextWithOIDC, url = new URL(ctx.oidc.urlFor('code_verification'))) {
  return { language: pageLanguage(url, ctx.get('cookie')).language, url };
}
const scopes = 'openid profile email';

/**
 * oidc-provider configured as the realm describes it: the realm's public clients with PKCE S256, its users and
 * roles, Keycloak's token lifetimes, JWT access tokens shaped like Keycloak's, no consent screen for these
 * first-party clients, and rotated refresh tokens carried as JWTs for keycloak-js.
 */
export async function createProvider(
  issuer: string,
  realm: Realm,
  envelope: ReturnType<typeof createRefreshTokenEnvelope>,
): Promise<Provider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: `dev-${randomBytes(4).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
  const users = new Map(realm.users.map((user) => [user.username, user]));
  const roleScope = new Map(
    realm.clients.flatMap((client) =>
      client.roleScope === undefined ? [] : [[client.clientId, client.roleScope]],
    ),
  );
  const audiencesOf = new Map(realm.clients.map((client) => [client.clientId, client.audiences]));
  const webOriginsOf = new Map(realm.clients.map((client) => [client.clientId, client.webOrigins]));

  const configuration: Configuration = {
    clients: realm.clients.map((client) =>
      client.secret === undefined
        ? {
            client_id: client.clientId,
            ...(client.name === undefined ? {} : { client_name: client.name }),
            token_endpoint_auth_method: 'none',
            grant_types: [
              ...(client.standardFlow ? ['authorization_code'] : []),
              ...(client.deviceGrant ? [deviceCodeGrant] : []),
              'refresh_token',
            ],
            response_types: client.standardFlow ? ['code'] : [],
            redirect_uris: client.standardFlow ? client.redirectUris : [],
            post_logout_redirect_uris: client.postLogoutRedirectUris,
          }
        : {
            // The portal server: a confidential client that only exchanges tokens.
            client_id: client.clientId,
            client_secret: client.secret,
            token_endpoint_auth_method: 'client_secret_basic',
            grant_types: client.tokenExchange ? [tokenExchangeGrant] : [],
            response_types: [],
            redirect_uris: [],
          },
    ),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    routes: endpoints,
    scopes: ['openid', 'profile', 'email'],
    claims: {
      openid: ['sub'],
      profile: ['preferred_username', 'name', 'given_name', 'family_name', 'agency', 'realm_access'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      if (user === undefined) return undefined;
      return {
        accountId: id,
        // ID token and userinfo: the client asking is not known here, so the narrowest scope any client has
        // would be a guess; they carry no roles at all, and what the portal shows follows the access token.
        claims: () => {
          const { realm_access: _roles, ...claims } = accessTokenClaims(user, '', roleScope);
          return { sub: id, ...claims };
        },
      };
    },
    ttl: {
      AccessToken: realm.accessTokenLifespan,
      IdToken: realm.accessTokenLifespan,
      AuthorizationCode: 60,
      Interaction: 600,
      RefreshToken: realm.ssoSessionIdleTimeout,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // First-party clients: the grant is given, never asked for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (client === undefined || session?.accountId === undefined) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (existing !== undefined) return provider.Grant.find(existing);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(scopes);
      grant.addResourceScope(registryResource, scopes);
      await grant.save();
      return grant;
    },
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken' || token.accountId === undefined) return undefined;
      const user = users.get(token.accountId);
      return user === undefined ? undefined : accessTokenClaims(user, token.clientId ?? '', roleScope);
    },
    interactions: { url: (_ctx, interaction) => `/realms/${realm.name}/login/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      // bas-remote signs a developer in with a code shown in the terminal, as Keycloak's device grant does.
      deviceFlow: {
        enabled: true,
        userCodeInputSource: (ctx, form, _out, error) => {
          ctx.body = deviceCodeInputPage({ ...languageOf(ctx), form, failed: error !== undefined });
        },
        userCodeConfirmSource: (ctx, form, client, _deviceInfo, userCode) => {
          ctx.body = deviceConfirmPage({
            // The page answers a POST: its switch goes back through the address that carries the code.
            ...languageOf(
              ctx,
              new URL(`${ctx.oidc.urlFor('code_verification')}?user_code=${encodeURIComponent(userCode)}`),
            ),
            form,
            client: client.clientName ?? client.clientId,
            issuer,
            userCode,
          });
        },
        successSource: (ctx) => {
          const client = ctx.oidc.client;
          ctx.body = deviceSuccessPage({
            language: languageOf(ctx).language,
            client: client?.clientName ?? client?.clientId ?? 'bas-remote',
          });
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        // Ends the whole session without a confirmation page, as Keycloak does with an id_token_hint.
        logoutSource: (ctx, form) => {
          ctx.body = `<!doctype html><html><body>${form}<input type="hidden" name="logout" value="yes" form="op.logoutForm"><script>document.getElementById('op.logoutForm').submit()</script></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => registryResource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: scopes,
          audience: 'account',
          accessTokenTTL: realm.accessTokenLifespan,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // Keycloak's web origins: a script on any other origin may not call the token endpoint.
    clientBasedCORS: (_ctx, origin, client) => webOriginsOf.get(client.clientId)?.includes(origin) === true,
    formats: {
      customizers: {
        // Keycloak's audience mappers: the token names every audience its client's mappers add.
        jwt: (ctx, token, jwt) => {
          const audiences = audiencesOf.get(token.clientId ?? '') ?? [];
          if (audiences.length > 0) jwt.payload.aud = audiences.length === 1 ? audiences[0] : audiences;
        },
      },
    },
  };

  const provider = new Provider(issuer, configuration);
  registerTokenExchange(provider, realm, { privateKey, publicKey, kid: signingKey.kid }, users, roleScope);
  // Refresh tokens leave inside a JWT envelope and come back unwrapped, before oidc-provider reads the body.
  provider.use(async (ctx, next) => {
    const isToken = ctx.path === endpoints.token && ctx.method === 'POST';
    if (isToken) {
      let body: Buffer;
      try {
        body = await readBody(ctx.req);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        ctx.status = 413;
        ctx.body = { error: 'invalid_request', error_description: error.message };
        return;
      }
      const params = new URLSearchParams(body.toString('utf8'));
      const refreshToken = params.get('refresh_token');
      if (refreshToken !== null) params.set('refresh_token', await envelope.unwrap(refreshToken));
      (ctx.req as typeof ctx.req & { body?: unknown }).body = Object.fromEntries(params);
    }
    await next();
    const body = ctx.body as { refresh_token?: unknown } | undefined;
    if (isToken && typeof body?.refresh_token === 'string') {
      body.refresh_token = await envelope.wrap(body.refresh_token, realm.ssoSessionIdleTimeout);
    }
  });
  return provider;
}
