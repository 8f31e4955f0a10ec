import type { CatalogRepository } from './catalog/createCatalogRepository.ts';
import type { TokenVerifier } from './auth/createTokenVerifier.ts';
import type { PublishTokens } from './catalog/createPublishTokens.ts';
import type { ManifestCache } from './manifest/createManifestCache.ts';
import type { TelemetryStore } from './telemetry/createTelemetryStore.ts';
import type { RemoteStorage } from './assets/createFileStorage.ts';
import type { PersonRequests } from './requests/createPersonRequests.ts';
import type { RumStore } from './rum/createRumStore.ts';

/** What the routes share: the storage, the token check, and the rules of the environment. */
export interface RegistryContext {
  store: CatalogRepository;
  /** The manifest's answers; invalidate after every write to the catalog. */
  manifests: ManifestCache;
  telemetry: TelemetryStore;
  /** Real-user monitoring: what the shell measured while people opened apps. */
  rum: RumStore;
  /** People's own requests across apps, by their token's `sub`. */
  personRequests: PersonRequests;
  userFrom: TokenVerifier;
  /** Apps' publish tokens, for CI. */
  publishTokens: PublishTokens;
  environment: 'production' | 'development';
  /** Where uploaded builds are kept. */
  storage: RemoteStorage;
  /** The public origin the asset server is reached at; stored builds' entries point there. */
  assetOrigin: string;
}
