export { createPortalServer } from './createPortalServer.ts';
export type { PortalServerOptions } from './createPortalServer.ts';
export type { RenderHomePage } from './createHomePage.ts';
export { fetchManifestSource } from './ManifestSource.ts';
export type { ManifestAnswer, ManifestSource } from './ManifestSource.ts';
export { shellBuild } from './shellBuild.ts';
