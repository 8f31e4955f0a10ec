export { devOverlayFile, realmFile, startDevStack } from './startDevStack.ts';
export type { DevStack, DevStackOptions } from './startDevStack.ts';
export { startRemoteSites } from './startRemoteSites.ts';
export type { RemoteSite, RemoteSites } from './startRemoteSites.ts';
export { sampleApps, sampleDir } from './sampleSites.ts';
export type { SampleApp } from './sampleSites.ts';
