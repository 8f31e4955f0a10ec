import { fileURLToPath } from 'node:url';
import { createHandlers as disdukcapilApi } from '@bas/remote-dokumen-kependudukan/mocks';
import type { RemoteSite } from './startGateway.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const built = (name: string) => repo(`apps/remotes/${name}/dist`);

/**
 * Where this repository's builds land: what `npm start` serves. Each sample app gets an origin of its own (ports
 * follow BAS_REMOTES_PORT in this order), with its agency API mocked where it has one.
 */
export const portalSites = {
  shellDir: repo('apps/shell/dist'),
  remotes: [
    { name: 'pengumuman', dir: built('pengumuman') },
    { name: 'dokumen-kependudukan', dir: built('dokumen-kependudukan'), mockApi: disdukcapilApi() },
  ] satisfies RemoteSite[],
};
