import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from '@bas/gateway';
import type { FederatedEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { closedPort, startHangingServer } from './testServers.ts';
import { testPortal } from './testPortal.ts';

/**
 * Serves the built portal as `npm start` does, on a fresh registry, with two more apps: one whose server is down
 * and one whose server never answers.
 */
export default async function globalSetup() {
  const hanging = await startHangingServer();
  const downPort = await closedPort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-e2e-'));
  const template = seedCatalog().find((entry): entry is FederatedEntry => entry.id === 'pengumuman');
  if (template === undefined) throw new Error('the seed catalog lacks the pengumuman entry');
  const testApp = (id: string, name: string, entry: string): FederatedEntry => ({
    ...template,
    id,
    route: id,
    name: { id: name, en: name },
    entry,
    standaloneUrl: entry,
  });
  const gateway = await startPortal({
    port: 0,
    remotesPort: 0,
    env: { BAS_DATA_DIR: dataDir, OIDC_ISSUER: 'http://127.0.0.1:9/realms/bas' },
    shellConfig: { manifestUrl: '/api/manifest', remoteTimeoutMs: testPortal.remoteTimeoutMs },
    extraEntries: () => [
      testApp('layanan-mati', 'Layanan Mati', `http://127.0.0.1:${downPort}/mf-manifest.json`),
      testApp('layanan-macet', 'Layanan Macet', `${hanging.origin}/mf-manifest.json`),
    ],
  });
  process.env.BAS_E2E_URL = gateway.url;
  process.env.BAS_E2E_REMOTE_ORIGIN = gateway.remoteOrigins.get('pengumuman');
  return async () => {
    await gateway.close();
    await hanging.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
