import { fileURLToPath } from 'node:url';
import type { RemoteSite } from './startGateway.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Where this repository's builds land: what `npm start` serves. */
export const portalSites = {
  shellDir: repo('apps/shell/dist'),
  remotes: [{ name: 'pengumuman', dir: repo('apps/remotes/pengumuman/dist') }] satisfies RemoteSite[],
};
