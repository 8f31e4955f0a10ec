export { startGateway } from './startGateway.ts';
export type { Gateway, GatewayOptions, RemoteSite } from './startGateway.ts';
export { realmFile, startPortal } from './startPortal.ts';
export type { Portal, PortalOptions } from './startPortal.ts';
export { portalSites } from './portalSites.ts';
