export { buildRegistry } from './buildRegistry.ts';
export type { Registry, RegistryOptions } from './buildRegistry.ts';
export { loadRegistryConfig } from './loadRegistryConfig.ts';
export { startMonitor } from './monitor/startMonitor.ts';
export type { Monitor } from './monitor/startMonitor.ts';
export type { MonitorOptions } from './monitor/MonitorOptions.ts';
export { loadMonitorConfig } from './loadMonitorConfig.ts';
