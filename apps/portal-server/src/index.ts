export { createPortalServer } from './createPortalServer.ts';
export type { PortalServerOptions } from './createPortalServer.ts';
export type { RenderHomePage } from './createHomePage.ts';
export { fetchManifestSource } from './ManifestSource.ts';
export { fetchCatalogSources } from './CatalogSources.ts';
export { fetchStatusSource, readStatusBoard } from './StatusSource.ts';
export type { StatusAnswer, StatusBoard, StatusSource } from './StatusSource.ts';
export type { CatalogSourcesSource } from './CatalogSources.ts';
export type { CatalogSources } from './securityHeaders.ts';
export type { ManifestAnswer, ManifestSource } from './ManifestSource.ts';
export { shellBuild } from './shellBuild.ts';
export { authFrameBuild } from './authFrameBuild.ts';
export { consoleBuild } from './consoleBuild.ts';
export { createConsoleServer } from './createConsoleServer.ts';
export type { ConsoleConfig, ConsoleServerOptions } from './createConsoleServer.ts';
export {
  createAuthServer,
  fetchPersonalManifest,
  fetchPersonRequests,
  fetchTelemetry,
} from './createAuthServer.ts';
export type {
  AuthServerOptions,
  PersonalManifestAnswer,
  PersonRequestsAnswer,
  PersonRequestsCall,
  TelemetryAnswer,
  TelemetryCall,
} from './createAuthServer.ts';
export { createTokenExchange } from './createTokenExchange.ts';
export type { ExchangeResult, TokenExchangeOptions } from './createTokenExchange.ts';
