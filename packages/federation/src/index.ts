export { sharedSingletons, singletons } from './sharedSingletons.ts';
export type { Singleton } from './sharedSingletons.ts';
export { remoteRouterApi } from './remoteRouterApi.ts';
export { defineRemoteConfig } from './defineRemoteConfig.ts';
export type { RemoteConfigOptions } from './defineRemoteConfig.ts';
export { precompress } from './precompress.ts';
export { preloadExposedChunks } from './preloadExposedChunks.ts';
export { basFederation } from './basFederation.ts';
export { standaloneRuntime, standaloneRuntimeFile, standaloneRuntimePath } from './standaloneRuntime.ts';
