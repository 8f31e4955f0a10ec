export { buildRegistry } from './buildRegistry.ts';
export type { Registry, RegistryOptions } from './buildRegistry.ts';
export { loadRegistryConfig } from './loadRegistryConfig.ts';
