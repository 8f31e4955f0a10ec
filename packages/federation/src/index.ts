export { sharedSingletons, singletons } from './sharedSingletons.ts';
export type { Singleton } from './sharedSingletons.ts';
export { remoteRouterApi } from './remoteRouterApi.ts';
