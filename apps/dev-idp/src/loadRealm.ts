import { readFileSync } from 'node:fs';

export interface RealmUser {
  username: string;
  password: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  agency?: string;
}

export interface RealmClient {
  clientId: string;
  /** What people are shown, e.g. on the device grant's consent page. */
  name?: string;
  /** A confidential client's secret (the portal server's, from the development overlay); public clients have none. */
  secret?: string;
  /** Keycloak's standard token exchange (`standard.token.exchange.enabled`): the portal server's client. */
  tokenExchange: boolean;
  /** Its own access token lifespan in seconds (`access.token.lifespan`), when it differs from the realm's. */
  accessTokenLifespan?: number;
  /** Browser sign-in with a redirect (the portal); off for a CLI that signs in with a device code. */
  standardFlow: boolean;
  /** The device authorization grant (RFC 8628): `bas-remote login`. */
  deviceGrant: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  webOrigins: string[];
  /** Audiences added to access tokens (Keycloak's audience mappers). */
  audiences: string[];
  /**
   * The realm roles its tokens may carry (Keycloak's scope mappings when `fullScopeAllowed` is false); every role
   * the person has when undefined.
   */
  roleScope?: string[];
}

export interface Realm {
  name: string;
  accessTokenLifespan: number;
  ssoSessionIdleTimeout: number;
  ssoSessionMaxLifespan: number;
  clients: RealmClient[];
  users: RealmUser[];
}

export interface RealmFile {
  realm: string;
  accessTokenLifespan?: number;
  ssoSessionIdleTimeout?: number;
  ssoSessionMaxLifespan?: number;
  clients?: Array<{
    clientId: string;
    name?: string;
    secret?: string;
    publicClient?: boolean;
    standardFlowEnabled?: boolean;
    bearerOnly?: boolean;
    redirectUris?: string[];
    webOrigins?: string[];
    attributes?: Record<string, string>;
    protocolMappers?: Array<{ protocolMapper: string; config?: Record<string, string> }>;
    serviceAccountsEnabled?: boolean;
    fullScopeAllowed?: boolean;
  }>;
  scopeMappings?: Array<{ client?: string; roles?: string[] }>;
  users?: Array<{
    username: string;
    email?: string;
    firstName?: string;
    lastName?: string;
    enabled?: boolean;
    realmRoles?: string[];
    attributes?: Record<string, string[]>;
    credentials?: Array<{ type: string; value: string }>;
  }>;
}

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`The ${what} ${file} could not be read as JSON.`, { cause });
  }
}

/**
 * The realm with a development overlay laid over it, as the dev IdP and the test suites' Keycloak import it: the
 * overlay's users are added, and its clients' fields (the portal server's secret) are set on the realm's clients of
 * the same id.
 */
export function mergeRealmOverlay<T extends Pick<RealmFile, 'users' | 'clients'>>(
  realm: T,
  overlay: Pick<RealmFile, 'users' | 'clients'>,
): T {
  const overlaid = new Map((overlay.clients ?? []).map((client) => [client.clientId, client]));
  return {
    ...realm,
    clients: (realm.clients ?? []).map((client) => ({ ...client, ...overlaid.get(client.clientId) })),
    users: [...(realm.users ?? []), ...(overlay.users ?? [])],
  };
}

/**
 * Reads the Keycloak realm export that configures the real Keycloak, so the dev IdP serves the same clients,
 * users and roles (decisions/0005), with each file of `overlayFiles` (the development overlay `realm-bas.dev.json`)
 * laid over it. Only the parts an OIDC provider needs are read: the clients people or servers sign in with; the
 * agency APIs and the registry are audiences only.
 */
export function loadRealm(file: string, overlayFiles: readonly string[] = []): Realm {
  // Demo users and secrets live in a development overlay, never in the realm a production Keycloak imports.
  const raw = overlayFiles.reduce(
    (realm, overlayFile) =>
      mergeRealmOverlay(realm, readJson<Pick<RealmFile, 'users' | 'clients'>>(overlayFile, 'overlay file')),
    readJson<RealmFile>(file, 'realm file (infra/keycloak/realm-bas.json)'),
  );
  const realmUsers = raw.users ?? [];
  const clients = (raw.clients ?? [])
    .filter(
      (client) => client.bearerOnly !== true && (client.publicClient === true || client.secret !== undefined),
    )
    .map((client) => ({
      clientId: client.clientId,
      ...(client.name === undefined ? {} : { name: client.name }),
      ...(client.publicClient === true || client.secret === undefined ? {} : { secret: client.secret }),
      tokenExchange: client.attributes?.['standard.token.exchange.enabled'] === 'true',
      ...(client.attributes?.['access.token.lifespan'] === undefined
        ? {}
        : { accessTokenLifespan: Number(client.attributes['access.token.lifespan']) }),
      standardFlow: client.standardFlowEnabled !== false,
      deviceGrant: client.attributes?.['oauth2.device.authorization.grant.enabled'] === 'true',
      redirectUris: client.redirectUris ?? [],
      postLogoutRedirectUris: (client.attributes?.['post.logout.redirect.uris'] ?? '')
        .split('##')
        .filter(Boolean),
      webOrigins: client.webOrigins ?? [],
      audiences: (client.protocolMappers ?? [])
        .filter((mapper) => mapper.protocolMapper === 'oidc-audience-mapper')
        .map(
          (mapper) =>
            mapper.config?.['included.custom.audience'] ?? mapper.config?.['included.client.audience'],
        )
        .filter((audience): audience is string => audience !== undefined),
      ...(client.fullScopeAllowed === false
        ? {
            roleScope: (raw.scopeMappings ?? [])
              .filter((mapping) => mapping.client === client.clientId)
              .flatMap((mapping) => mapping.roles ?? []),
          }
        : {}),
    }));
  const users = realmUsers
    .filter((user) => user.enabled !== false)
    .map((user) => {
      const password = user.credentials?.find((credential) => credential.type === 'password')?.value;
      if (password === undefined)
        throw new Error(`Realm user "${user.username}" has no password credential.`);
      const agency = user.attributes?.agency?.[0];
      return {
        username: user.username,
        password,
        email: user.email ?? '',
        firstName: user.firstName ?? '',
        lastName: user.lastName ?? '',
        roles: user.realmRoles ?? [],
        ...(agency === undefined ? {} : { agency }),
      };
    });
  return {
    name: raw.realm,
    accessTokenLifespan: raw.accessTokenLifespan ?? 300,
    ssoSessionIdleTimeout: raw.ssoSessionIdleTimeout ?? 1800,
    ssoSessionMaxLifespan: raw.ssoSessionMaxLifespan ?? 36_000,
    clients,
    users,
  };
}
