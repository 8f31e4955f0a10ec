export { buildRegistry } from './buildRegistry.ts';
export type { Registry, RegistryOptions } from './buildRegistry.ts';
export { loadRegistryConfig } from './loadRegistryConfig.ts';
export { precompressed } from './precompressed.ts';
