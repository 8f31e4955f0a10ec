import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devOverlayFile, realmFile, startDevStack, type DevStack } from '@bas/dev-stack';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { startKeycloak } from './startKeycloak.ts';
import { fileURLToPath } from 'node:url';
import {
  closedPort,
  startAlertReceiver,
  startHangingServer,
  startLegacyApp,
  startServerWithoutCors,
} from './testServers.ts';
import { portals, testPortal } from './testPortal.ts';

const portOf = (origin: string) => Number(new URL(origin).port);

/**
 * Serves the built portal as `npm start` does, twice: once with the embedded dev IdP (plus two apps whose servers
 * are down or hang) and once with a real Keycloak 26, each on a fresh registry.
 */
export default async function globalSetup() {
  const cleanups: Array<() => Promise<void> | void> = [];
  const dataDir = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `bas-e2e-${name}-`));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const hanging = await startHangingServer();
  cleanups.push(() => hanging.close());
  const downPort = await closedPort();
  // An app of the suite's own the monitoring test starts and stops on this port (monitoring.spec.ts).
  const probedPort = await closedPort();
  process.env.BAS_E2E_PROBED_PORT = String(probedPort);
  const alerts = await startAlertReceiver();
  cleanups.push(() => alerts.close());
  process.env.BAS_E2E_ALERTS = `${alerts.origin}/alerts`;
  const brokenRemote = fileURLToPath(new URL('../fixtures/broken-remote/dist', import.meta.url));
  // Published through the registry by the hostile-remote suite itself; each portal serves its build.
  const hostileRemote = {
    name: 'hostile',
    dir: fileURLToPath(new URL('../fixtures/hostile-remote/dist', import.meta.url)),
  };
  // An agency serving its own build (URL publishing): a copy of a sample's build the pinning tests may change.
  const agencyCopy = dataDir('agency-copy');
  // (Without precompressed copies: its server would keep their old lengths.)
  cpSync(fileURLToPath(new URL('../../apps/remotes/pengumuman/dist', import.meta.url)), agencyCopy, {
    recursive: true,
    filter: (source) => !/\.(br|gz)$/.test(source),
  });
  process.env.BAS_E2E_AGENCY_COPY = agencyCopy;
  const devData = dataDir('dev');
  process.env.BAS_E2E_DATA_DIR = devData;
  const withoutCors = await startServerWithoutCors(
    readFileSync(
      fileURLToPath(new URL('../../apps/remotes/pengumuman/dist/mf-manifest.json', import.meta.url)),
      'utf8',
    ),
  );
  cleanups.push(() => withoutCors.close());
  const legacy = await startLegacyApp();
  cleanups.push(() => legacy.close());
  const template = seedCatalog().find((entry): entry is FederatedEntry => entry.id === 'pengumuman');
  if (template === undefined) throw new Error('the seed catalog lacks the pengumuman entry');
  const legacyTemplate = seedCatalog().find(
    (entry): entry is Extract<ManifestEntry, { kind: 'iframe' }> =>
      entry.kind === 'iframe' && entry.role === 'public' && entry.requiresLogin !== true,
  );
  if (legacyTemplate === undefined) throw new Error('the seed catalog has no public iframe entry');
  // Every test app is pinned like any other; apps whose servers fail carry a sample's integrity, so they fail for
  // the reason their test names, not for lacking a pin.
  let builds: ReadonlyMap<string, string> = new Map();
  const testApp = (
    id: string,
    name: string,
    entry: string,
    exposedModule = './App',
    build = 'pengumuman',
  ): FederatedEntry => ({
    ...template,
    integrity: builds.get(build) ?? '',
    id,
    route: id,
    name: { id: name, en: name },
    manifestUrl: entry,
    exposedModule,
    standaloneUrl: entry,
  });

  const portal: DevStack = await startDevStack({
    port: portOf(portals.devIdp),
    remotesPort: 0,
    devIdpPort: 0,
    env: { BAS_DATA_DIR: devData },
    remoteTimeoutMs: testPortal.remoteTimeoutMs,
    // Every page view reports real-user monitoring, so the tests count openings exactly.
    rumSampleRate: testPortal.rumSampleRate,
    // The monitor probes the monitoring test's app only, every half second: the failure tests' apps stay unjudged,
    // so their pages show the loading failures those tests look at.
    monitor: {
      intervalMs: 500,
      probes: (entry) => entry.id === 'pantau-uji',
      alertWebhookUrl: `${alerts.origin}/hooks/bas`,
    },
    extraRemotes: [
      { name: 'broken', dir: brokenRemote },
      hostileRemote,
      { name: 'salinan', dir: agencyCopy },
    ],
    extraEntries: (origins, pins) => (
      (builds = new Map([...pins].map(([name, pin]) => [name, pin.integrity]))),
      [
        testApp('layanan-mati', 'Layanan Mati', `http://127.0.0.1:${downPort}/mf-manifest.json`),
        testApp('pantau-uji', 'Uji Pemantauan', `http://127.0.0.1:${probedPort}/mf-manifest.json`),
        // Opened by the real-user monitoring test only, so the console's counts are the test's own.
        testApp('ukur-uji', 'Uji Pengukuran', `${origins.get('pengumuman') ?? ''}/mf-manifest.json`),
        testApp('ukur-gagal', 'Uji Pengukuran Gagal', `http://127.0.0.1:${downPort}/mf-manifest.json`),
        testApp('layanan-macet', 'Layanan Macet', `${hanging.origin}/mf-manifest.json`),
        testApp(
          'layanan-hilang',
          'Layanan Hilang',
          `${origins.get('pengumuman') ?? ''}/tidak-ada/mf-manifest.json`,
        ),
        {
          ...testApp(
            'layanan-perbaikan',
            'Layanan Perbaikan',
            `${origins.get('pengumuman') ?? ''}/mf-manifest.json`,
          ),
          status: 'maintenance' as const,
        },
        testApp('layanan-tanpa-cors', 'Layanan Tanpa CORS', `${withoutCors.origin}/mf-manifest.json`),
        testApp(
          'gagal-dipasang',
          'Layanan Gagal Dipasang',
          `${origins.get('broken') ?? ''}/mf-manifest.json`,
          './ThrowOnMount',
          'broken',
        ),
        {
          ...legacyTemplate,
          id: 'aplikasi-lama',
          route: 'aplikasi-lama',
          name: { id: 'Aplikasi Lama', en: 'Legacy App' },
          url: `${legacy.origin}/`,
        },
        {
          ...legacyTemplate,
          id: 'aplikasi-mati',
          route: 'aplikasi-mati',
          name: { id: 'Aplikasi Mati', en: 'Dead Legacy App' },
          url: `http://127.0.0.1:${downPort}/`,
          offline: {
            place: { id: 'Mal Pelayanan Publik, loket 7', en: 'Public Service Mall, counter 7' },
            phone: '(0251) 8321075',
            hours: { id: 'Senin-Jumat 08.00-15.00', en: 'Monday-Friday 8:00-15:00' },
          },
        },
        testApp(
          'layanan-agensi',
          'Layanan Agensi',
          `${origins.get('salinan') ?? ''}/mf-manifest.json`,
          './App',
          'salinan',
        ),
        testApp(
          'gagal-berjalan',
          'Layanan Gagal Berjalan',
          `${origins.get('broken') ?? ''}/mf-manifest.json`,
          './ThrowOnRender',
          'broken',
        ),
      ]
    ),
  });
  cleanups.push(() => portal.close());
  process.env.BAS_E2E_REMOTE_ORIGIN = portal.remoteOrigins.get('pengumuman');
  process.env.BAS_E2E_DEV_IDP = portal.auth.url;
  process.env.BAS_E2E_HOSTILE_DEV_IDP = portal.remoteOrigins.get('hostile');

  const keycloak = await startKeycloak(realmFile, devOverlayFile);
  if (keycloak.available) {
    cleanups.push(() => keycloak.close());
    const keycloakPortal = await startDevStack({
      port: portOf(portals.keycloak),
      remotesPort: 0,
      auth: { url: keycloak.url, realm: 'bas', clientId: 'bas-shell' },
      env: { BAS_DATA_DIR: dataDir('keycloak') },
      rumSampleRate: testPortal.rumSampleRate,
      extraRemotes: [hostileRemote],
    });
    process.env.BAS_E2E_HOSTILE_KEYCLOAK = keycloakPortal.remoteOrigins.get('hostile');
    cleanups.push(() => keycloakPortal.close());
    process.env.BAS_E2E_KEYCLOAK = keycloak.url;
  } else {
    process.env.BAS_E2E_KEYCLOAK_UNAVAILABLE = keycloak.reason;
  }

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
