import { fileURLToPath } from 'node:url';
import { createLegacyApp } from '@bas/legacy-izin-pemakaman';
import { createHandlers as complaintDeskApi } from '@bas/remote-aduan-warga/mocks';
import { createHandlers as dpmptspApi } from '@bas/remote-cek-izin/mocks';
import { createHandlers as bkpsdmApi } from '@bas/remote-cuti-online/mocks';
import { createHandlers as disdukcapilApi } from '@bas/remote-dokumen-kependudukan/mocks';
import { createHandlers as surveyApi } from '@bas/remote-skm/mocks';
import type { RemoteSite } from './startGateway.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const built = (name: string) => repo(`apps/remotes/${name}/dist`);

/**
 * Where this repository's builds land: what `npm start` serves. Each sample app gets an origin of its own (ports
 * follow BAS_REMOTES_PORT in this order), with its agency API mocked where it has one: the same msw handlers its
 * tests use.
 */
export const portalSites = {
  shellDir: repo('apps/shell/dist'),
  /** The shell's home page renderer, built beside it (`vite build --ssr`). */
  shellRenderer: repo('apps/shell/dist-server/renderHomePage.js'),
  remotes: [
    { name: 'pengumuman', dir: built('pengumuman') },
    { name: 'dokumen-kependudukan', dir: built('dokumen-kependudukan'), mockApi: disdukcapilApi() },
    { name: 'aduan-warga', dir: built('aduan-warga'), mockApi: complaintDeskApi() },
    { name: 'cuti-online', dir: built('cuti-online'), mockApi: bkpsdmApi() },
    { name: 'skm', dir: built('skm'), mockApi: surveyApi() },
    { name: 'cek-izin', dir: built('cek-izin'), mockApi: dpmptspApi() },
    { name: 'izin-pemakaman', app: createLegacyApp() },
  ] satisfies RemoteSite[],
};
