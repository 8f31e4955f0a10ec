export { seedCatalog } from './seedCatalog.ts';
export type { SeedOptions } from './seedCatalog.ts';
export { nationalCatalog } from './nationalCatalog.ts';
export type { NationalCatalogOptions } from './nationalCatalog.ts';
