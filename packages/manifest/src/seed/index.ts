export { seedCatalog } from './seedCatalog.ts';
export type { SeedOptions } from './seedCatalog.ts';
