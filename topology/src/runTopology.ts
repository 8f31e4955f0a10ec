import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { seedCatalog } from '@bas/manifest/seed';
import { startPostgresCluster } from '@bas/test-postgres';
import pg from 'pg';
import { startLoad, type Load, type Sample } from './createLoad.ts';
import { defineKeycloakNodes } from './defineKeycloakNodes.ts';
import { measureKillSwitch } from './measureKillSwitch.ts';
import { measureThroughput, type Throughput } from './measureThroughput.ts';
import { refresh, signIn, tokenSource, type Session } from './signIn.ts';
import { defineNginx } from './startNginx.ts';
import { answers, definePart } from './startPart.ts';
import { freePort } from '@bas/server-kit';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface TopologySize {
  /** Keycloak nodes: 2 clustered in the full run, 1 in the trimmed case inside `npm test`. */
  keycloakNodes: number;
  /** Seconds of load before and after each failure. */
  phaseSeconds: number;
  /** Kill switches (each with its undo) measured on every replica. */
  killSwitches: number;
  /** People signed in before a Keycloak node is lost. */
  sessions: number;
  /** Seconds each kind of request is measured at full speed, every part up, for the sizing notes. */
  throughputSeconds: number;
}

/** One failure and what people saw of it. */
export interface FailureRow {
  event: string;
  requests: number;
  failed: number;
  /** Seconds from the failure until the front door answered every request again (0: no request failed). */
  servedAgainSeconds: number;
  /** Seconds until the part that failed was back (restarts), or undefined. */
  backSeconds?: number;
}

export interface TopologyFigures {
  rows: FailureRow[];
  publishesAccepted: number;
  publishesLost: number;
  publishRetries: number;
  killSwitchMs: { p50: number; p99: number; max: number; samples: number };
  signedOut: { sessions: number; lost: number; event: string };
  throughput: Throughput[];
  parts: string;
}

/** A value the run's own setup made (a port, a replica): missing means a bug here, said as such. */
function made<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The topology run lost track of ${what}.`);
  return value;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
};

/**
 * BAS as production runs it, on this machine's loopback: PostgreSQL with a streaming standby (the registries' read
 * replica), Keycloak in production mode on PostgreSQL, three registry replicas and two portal servers behind nginx,
 * and two monitors (one holds the lock). Under a steady, bounded load of reads and publishes, parts are killed and
 * restarted one after another; the figures say what people saw.
 */
export async function runTopology(size: TopologySize, log: (line: string) => void): Promise<TopologyFigures> {
  const cleanups: Array<() => Promise<void> | void> = [];
  try {
    log('PostgreSQL: a primary and a standby streaming from it');
    const primary = await startPostgresCluster({ max_connections: 300 });
    cleanups.push(() => primary.remove());
    const standby = await primary.startStandby();
    cleanups.push(() => standby.remove());
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    await admin.query('create database keycloak');
    await admin.end();
    const dbPort = new URL(primary.url).port;
    const database = (url: string, name: string) => url.replace(/\/postgres$/, `/${name}`);
    const bas = primary.url;

    const front = await freePort();
    const portalPorts = [await freePort(), await freePort()];
    const monitorPorts = [await freePort(), await freePort()];
    const keycloakPorts = await Promise.all(
      Array.from({ length: size.keycloakNodes }, async () => ({
        http: await freePort(),
        management: await freePort(),
        cluster: await freePort(),
      })),
    );
    const registries = await Promise.all(
      [0, 1, 2].map(async () => ({ api: await freePort(), assets: await freePort() })),
    );
    const nginx = defineNginx(front, {
      registry: registries.map((ports) => `http://127.0.0.1:${ports.api}`),
      portal: portalPorts.map((port) => `http://127.0.0.1:${port}`),
      keycloak: keycloakPorts.map((ports) => `http://127.0.0.1:${ports.http}`),
    });
    const url = nginx.url;
    await nginx.start();
    cleanups.push(() => nginx.stop());

    log(`Keycloak: ${size.keycloakNodes} node(s) in production mode on PostgreSQL`);
    const keycloak = defineKeycloakNodes({
      jdbcUrl: `jdbc:postgresql://127.0.0.1:${dbPort}/keycloak`,
      username: 'bas',
      ports: keycloakPorts,
    });
    for (const node of keycloak) {
      await node.start();
      cleanups.push(() => node.stop());
    }

    const issuer = `${url}/realms/bas`;
    const dataDir = mkdtempSync(join(tmpdir(), 'bas-topology-'));
    const registryParts = registries.map((ports, index) =>
      definePart({
        name: `registry ${index + 1}`,
        command: process.execPath,
        args: [join(root, 'apps/registry/dist/main.js')],
        env: {
          DATABASE_URL: bas,
          DATABASE_READ_URL: database(standby.url, 'postgres'),
          REGISTRY_PORT: String(ports.api),
          BAS_ASSET_PORT: String(ports.assets),
          // One shared folder stands for the shared blob store the replicas keep uploaded builds in.
          BAS_DATA_DIR: dataDir,
          BAS_ENVIRONMENT: 'development',
          BAS_SEED: index === 0 ? 'true' : 'false',
          OIDC_ISSUER: issuer,
        },
        ready: answers(`http://127.0.0.1:${ports.api}/api/health`),
      }),
    );
    log('Registry: three replicas');
    for (const part of registryParts) {
      await part.start();
      cleanups.push(() => part.stop());
    }
    const portals = portalPorts.map((port, index) =>
      definePart({
        name: `portal ${index + 1}`,
        command: process.execPath,
        args: [join(root, 'apps/portal-server/dist/main.js')],
        env: { BAS_PORT: String(port), BAS_REGISTRY_URL: url },
        ready: answers(`http://127.0.0.1:${port}/healthz`),
      }),
    );
    const monitors = monitorPorts.map((port, index) =>
      definePart({
        name: `monitor ${index + 1}`,
        command: process.execPath,
        args: [join(root, 'apps/registry/dist/monitorMain.js')],
        env: { DATABASE_URL: bas, BAS_MONITOR_PORT: String(port), BAS_DATA_DIR: dataDir },
        ready: answers(`http://127.0.0.1:${port}/metrics`),
      }),
    );
    log('Portal servers: two; monitors: two (one probes, one stands by)');
    for (const part of [...portals, ...monitors]) {
      await part.start();
      cleanups.push(() => part.stop());
    }

    const developerToken = tokenSource(url, 'dev.disdukcapil');
    const adminToken = tokenSource(url, 'admin');
    const entry = seedCatalog().find((candidate) => candidate.id === 'dokumen-kependudukan');
    if (entry === undefined) throw new Error('The seed has no dokumen-kependudukan to publish versions of.');
    const load: Load = startLoad({ url, readers: 4, entry, developerToken, adminToken });
    const replicaUrls = registries.map((ports) => `http://127.0.0.1:${ports.api}`);
    const killSwitch: number[] = [];
    const switches = async (count: number, replicas = replicaUrls) => {
      for (let n = 0; n < count; n++)
        killSwitch.push(...(await measureKillSwitch({ url, replicas, appId: 'jdih', adminToken })));
    };
    const rows: FailureRow[] = [];
    /** Runs `fail` under the load and records what the front door answered from then until the phase ends. */
    const phase = async (event: string, fail: () => Promise<number | undefined>) => {
      log(event);
      const from = Date.now();
      const backSeconds = await fail();
      await sleep(size.phaseSeconds * 1000);
      const samples = load.samples.filter((sample) => sample.at >= from);
      const failures = samples.filter((sample) => !sample.ok);
      if (failures.length > 0) log(`  failed: ${describeFailures(failures)}`);
      const lastFailure = failures.at(-1)?.at;
      rows.push({
        event,
        requests: samples.length,
        failed: failures.length,
        servedAgainSeconds: lastFailure === undefined ? 0 : (lastFailure - from) / 1000,
        ...(backSeconds === undefined ? {} : { backSeconds }),
      });
    };
    const timed = async (action: () => Promise<void>) => {
      const started = Date.now();
      await action();
      return (Date.now() - started) / 1000;
    };

    await phase('steady load, nothing failing', async () => undefined);
    await switches(size.killSwitches);
    const second = made(registryParts[1], 'the second registry replica');
    const third = made(registryParts[2], 'the third registry replica');
    await phase('registry replica killed (SIGKILL)', async () => {
      await second.kill();
      return undefined;
    });
    // While the second replica is down, the others.
    await switches(
      1,
      replicaUrls.filter((_, index) => index !== 1),
    );
    await phase('killed replica started again', () => timed(() => second.start()));
    await phase('registry replica restarted (SIGTERM, start)', () =>
      timed(async () => {
        await third.stop();
        await third.start();
      }),
    );
    await switches(size.killSwitches);
    const lostPortal = made(portals[0], 'the first portal server');
    await phase('portal server killed (SIGKILL)', async () => {
      await lostPortal.kill();
      return undefined;
    });
    await phase('killed portal server started again', () => timed(() => lostPortal.start()));
    await phase('PostgreSQL restarted (fast shutdown, start)', () =>
      timed(async () => {
        primary.stop();
        await sleep(1000);
        primary.start();
      }),
    );
    await switches(size.killSwitches);

    const sessions: Session[] = [];
    for (let n = 0; n < size.sessions; n++)
      sessions.push(await signIn(url, n % 2 === 0 ? 'warga' : 'asn.bkpsdm'));
    const lostNode = made(keycloak[0], 'the first Keycloak node');
    const keycloakEvent =
      keycloak.length > 1
        ? 'Keycloak node killed (SIGKILL), the other serves'
        : 'the only Keycloak node killed (SIGKILL) and started again';
    await phase(keycloakEvent, async () => {
      await lostNode.kill();
      if (keycloak.length > 1) return undefined;
      return timed(() => lostNode.start());
    });
    const refreshed = await Promise.all(
      sessions.map((session) =>
        refresh(url, session).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (keycloak.length > 1) await lostNode.start();
    await load.stop();
    log('throughput, every part up');
    const throughput = await measureEach(url, size.throughputSeconds);

    // Every version the registry said it kept must be in the database.
    const check = new pg.Client({ connectionString: bas });
    await check.connect();
    const { rows: kept } = await check.query<{ version: string }>(
      "select version from app_versions where app_id = 'dokumen-kependudukan'",
    );
    await check.end();
    const stored = new Set(kept.map((row) => row.version));
    return {
      rows,
      publishesAccepted: load.accepted.length,
      publishesLost: load.accepted.filter((version) => !stored.has(version)).length,
      publishRetries: load.retried,
      killSwitchMs: {
        p50: percentile(killSwitch, 0.5),
        p99: percentile(killSwitch, 0.99),
        max: Math.max(...killSwitch),
        samples: killSwitch.length,
      },
      signedOut: {
        sessions: sessions.length,
        lost: refreshed.filter((ok) => !ok).length,
        event: keycloakEvent,
      },
      throughput,
      parts: `nginx, PostgreSQL primary + streaming standby, ${size.keycloakNodes} Keycloak node(s) (production mode, PostgreSQL${size.keycloakNodes > 1 ? ', JDBC_PING cluster' : ''}), 3 registry replicas, 2 portal servers, 2 monitors`,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  }
}

/** "12 × GET /api/manifest → 502, 3 × GET / → no answer": what failed, for the log. */
function describeFailures(failures: Sample[]): string {
  const counts = new Map<string, number>();
  for (const { path, status } of failures) {
    const key = `GET ${path} → ${status === 0 ? 'no answer' : status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(', ');
}

/**
 * The rates the sizing notes start from, through the load balancer: the home a visitor opens, the catalog a tab
 * loads, the same catalog unchanged (an open tab asks every 30 s with its ETag), a sign-in and a token refresh.
 */
async function measureEach(url: string, seconds: number): Promise<Throughput[]> {
  const ok =
    (path: string, headers: Record<string, string> = {}) =>
    async () => {
      const response = await fetch(`${url}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return response.ok || response.status === 304;
    };
  const etag = (await fetch(`${url}/api/manifest`)).headers.get('etag') ?? '';
  // One person per caller, never two callers for one person: Keycloak's brute-force protection locks an account
  // signed in to from several callers at the same moment, as it would an attacker trying passwords in parallel.
  const people = ['warga', 'asn.disdukcapil', 'asn.bkpsdm', 'dev.disdukcapil'];
  const free = [...people];
  const asOnePerson = async (act: (person: string, index: number) => Promise<unknown>) => {
    const person = made(free.shift(), 'a person not signing in already');
    try {
      await act(person, people.indexOf(person));
      return true;
    } finally {
      free.push(person);
    }
  };
  const sessions = await Promise.all(people.map((person) => signIn(url, person)));
  const options = { seconds, concurrency: 16 };
  return [
    await measureThroughput('GET / (the home, rendered by the portal server)', ok('/'), options),
    await measureThroughput('GET /api/manifest (a tab opening)', ok('/api/manifest'), options),
    await measureThroughput(
      'GET /api/manifest unchanged (304, a tab’s poll)',
      ok('/api/manifest', { 'if-none-match': etag }),
      options,
    ),
    await measureThroughput('sign-in (password grant)', () => asOnePerson((person) => signIn(url, person)), {
      seconds,
      concurrency: people.length,
    }),
    await measureThroughput(
      'token refresh',
      () =>
        asOnePerson(async (person, index) => {
          sessions[index] = await refresh(url, made(sessions[index], `${person}'s session`));
        }),
      { seconds, concurrency: people.length },
    ),
  ];
}
