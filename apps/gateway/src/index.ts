export { startGateway } from './startGateway.ts';
export type { Gateway, GatewayOptions, RemoteSite } from './startGateway.ts';
export { resolveManifest } from './resolveManifest.ts';
export { portalSites } from './portalSites.ts';
