import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry, loadRegistryConfig } from '@bas/registry';
import { portalSites } from './portalSites.ts';
import { startGateway, type Gateway } from './startGateway.ts';

export interface PortalOptions {
  host?: string;
  port: number;
  remotesPort: number;
  /** Environment the registry reads its settings from (data directory, DATABASE_URL, OIDC). */
  env?: NodeJS.ProcessEnv;
  /** Entries added to the seed catalog (tests add apps whose servers are down or hang). */
  extraEntries?: (remoteOrigins: ReadonlyMap<string, string>) => ManifestEntry[];
  shellConfig?: Record<string, unknown>;
}

/**
 * This repository's portal on loopback: the built shell and sample remotes, and the registry seeded with the Kota
 * Bogor catalog whose sample remotes point at the origins they are served from.
 */
export function startPortal(options: PortalOptions): Promise<Gateway> {
  return startGateway({
    ...(options.host === undefined ? {} : { host: options.host }),
    port: options.port,
    remotesPort: options.remotesPort,
    shellDir: portalSites.shellDir,
    remotes: portalSites.remotes,
    ...(options.shellConfig === undefined ? {} : { shellConfig: options.shellConfig }),
    registry: (remoteOrigins) =>
      buildRegistry({
        ...loadRegistryConfig(options.env ?? process.env),
        environment: 'development',
        seed: [
          ...seedCatalog({ sampleRemotes: Object.fromEntries(remoteOrigins) }),
          ...(options.extraEntries?.(remoteOrigins) ?? []),
        ],
      }),
  });
}
