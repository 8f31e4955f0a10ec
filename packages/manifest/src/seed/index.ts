export { seedApps, seedCatalog } from './seedCatalog.ts';
export type { SeedOptions } from './seedCatalog.ts';
export type { SeedApp } from './defineApp.ts';
