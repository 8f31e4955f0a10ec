import { readFileSync } from 'node:fs';
import { portalSites, startGateway } from '@bas/gateway';
import { closedPort, startHangingServer } from './testServers.ts';
import { testPortal } from './testPortal.ts';

interface ManifestDocument {
  entries: Array<Record<string, string>>;
}

/**
 * Serves the built portal as `npm start` does, with two more entries: one whose server is down and one whose
 * server never answers.
 */
export default async function globalSetup() {
  const shipped = JSON.parse(readFileSync(portalSites.manifestFile, 'utf8')) as ManifestDocument;
  const pengumuman = shipped.entries.find((entry) => entry.id === 'pengumuman');
  if (pengumuman === undefined) throw new Error('apps/gateway/manifest.json lacks the pengumuman entry');
  const hanging = await startHangingServer();
  const downPort = await closedPort();
  const entry = (id: string, name: string, url: string) => ({
    ...pengumuman,
    id,
    name,
    route: id.replaceAll('_', '-'),
    entry: url,
  });
  const gateway = await startGateway({
    port: 0,
    shellDir: portalSites.shellDir,
    remotes: portalSites.remotes,
    shellConfig: { manifestUrl: '/api/manifest', remoteTimeoutMs: testPortal.remoteTimeoutMs },
    manifest: {
      entries: [
        pengumuman,
        entry('layanan_mati', 'Layanan Mati', `http://127.0.0.1:${downPort}/mf-manifest.json`),
        entry('layanan_macet', 'Layanan Macet', `${hanging.origin}/mf-manifest.json`),
      ],
    },
  });
  process.env.BAS_E2E_URL = gateway.url;
  process.env.BAS_E2E_REMOTE_ORIGIN = gateway.remoteOrigins.get('pengumuman');
  return async () => {
    await gateway.close();
    await hanging.close();
  };
}
