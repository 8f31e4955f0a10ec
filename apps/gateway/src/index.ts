export { startGateway } from './startGateway.ts';
export type { Gateway, GatewayOptions, RemoteSite } from './startGateway.ts';
export { startPortal } from './startPortal.ts';
export type { PortalOptions } from './startPortal.ts';
export { portalSites } from './portalSites.ts';
