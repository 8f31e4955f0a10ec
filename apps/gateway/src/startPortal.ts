import { fileURLToPath } from 'node:url';
import { startDevIdp, type DevIdp } from '@bas/dev-idp';
import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry, loadRegistryConfig } from '@bas/registry';
import { portalSites } from './portalSites.ts';
import type { RenderHomePage } from './createHomePage.ts';
import { startGateway, type Gateway, type RemoteSite } from './startGateway.ts';

export const realmFile = fileURLToPath(new URL('../../../infra/keycloak/realm-bas.json', import.meta.url));

export interface PortalOptions {
  host?: string;
  port: number;
  remotesPort: number;
  /**
   * Where people sign in: a Keycloak (or compatible) server. Without it the portal starts the embedded dev
   * identity provider on `devIdpPort`.
   */
  auth?: { url: string; realm: string; clientId: string };
  devIdpPort?: number;
  /** Environment the registry reads its settings from (data directory, DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** More remotes to serve on origins of their own (test fixtures), by name. */
  extraRemotes?: readonly RemoteSite[];
  /** Entries added to the seed catalog (tests add apps whose servers are down or hang). */
  extraEntries?: (remoteOrigins: ReadonlyMap<string, string>) => ManifestEntry[];
  /** A catalog to seed instead of Kota Bogor's (the benchmark's catalogs of 10, 50 and 200 apps). */
  seed?: readonly ManifestEntry[];
  remoteTimeoutMs?: number;
}

export interface Portal extends Gateway {
  /** The identity provider the shell and the registry use. */
  auth: { url: string; realm: string; clientId: string; issuer: string };
}

/**
 * This repository's portal on loopback: the built shell and sample remotes, an identity provider (the dev IdP
 * unless a Keycloak is given), and the registry seeded with the Kota Bogor catalog, verifying that provider's
 * tokens.
 */
export async function startPortal(options: PortalOptions): Promise<Portal> {
  let devIdp: DevIdp | undefined;
  if (options.auth === undefined) {
    devIdp = await startDevIdp({
      realmFile,
      port: options.devIdpPort ?? 4180,
      ...(options.host === undefined ? {} : { host: options.host }),
    });
  }
  const auth = options.auth ?? { url: devIdp?.url ?? '', realm: 'bas', clientId: 'bas-shell' };
  const issuer = `${auth.url}/realms/${auth.realm}`;
  try {
    const gateway = await startGateway({
      ...(options.host === undefined ? {} : { host: options.host }),
      port: options.port,
      remotesPort: options.remotesPort,
      shellDir: portalSites.shellDir,
      renderHome: ((await import(portalSites.shellRenderer)) as { renderHomePage: RenderHomePage })
        .renderHomePage,
      remotes: [...portalSites.remotes, ...(options.extraRemotes ?? [])],
      shellConfig: { manifestUrl: '/api/manifest', remoteTimeoutMs: options.remoteTimeoutMs ?? 8000, auth },
      registry: (remoteOrigins) => {
        const config = loadRegistryConfig(options.env ?? process.env);
        return buildRegistry({
          ...config,
          environment: 'development',
          oidc: { ...config.oidc, issuer, jwksUrl: `${issuer}/protocol/openid-connect/certs` },
          seed: [
            ...(options.seed ?? seedCatalog({ sampleApps: Object.fromEntries(remoteOrigins) })),
            ...(options.extraEntries?.(remoteOrigins) ?? []),
          ],
        });
      },
    });
    return {
      ...gateway,
      auth: { ...auth, issuer },
      async close() {
        await gateway.close();
        await devIdp?.close();
      },
    };
  } catch (error) {
    await devIdp?.close();
    throw error;
  }
}
