import { createServer } from 'node:http';
import { seedCatalog } from '@bas/manifest/seed';
import { closeOnSignals, closeServer, listen } from '@bas/server-kit';
import { buildRegistry } from './buildRegistry.ts';
import { loadRegistryConfig } from './loadRegistryConfig.ts';

// The registry on its own port, as deployed behind the city's reverse proxy.
const config = loadRegistryConfig();
const port = Number(process.env.REGISTRY_PORT ?? '4190');
const registry = await buildRegistry({
  ...config,
  logger: true,
  // The seed catalog is demo data: a real deployment starts empty and fills through publishing.
  seed: process.env.BAS_SEED === 'true' ? seedCatalog() : undefined,
});
await registry.app.listen({ host: process.env.REGISTRY_HOST ?? '127.0.0.1', port });
console.log(`BAS registry (${registry.engine}, ${registry.location}) on port ${port}`);
// Uploaded builds, on an origin of their own: never the portal's, whose pages hold a session.
const assets = createServer(registry.assets);
const assetOrigin = await listen(
  assets,
  process.env.REGISTRY_HOST ?? '127.0.0.1',
  Number(process.env.BAS_ASSET_PORT ?? '4191'),
);
console.log(`BAS remote assets on ${assetOrigin}, published as ${config.assetOrigin}`);
// The asset origin first: its requests look up the catalog, so the database is closed last, with the registry.
closeOnSignals(
  async () => {
    await closeServer(assets);
    await registry.close();
  },
  { name: 'BAS registry' },
);
