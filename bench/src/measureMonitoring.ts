import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDir } from '@bas/dev-stack';
import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry, createDatabase, createRumStore, type RegistryDatabase } from '@bas/registry';
import { fillMonitoringHistory } from '@bas/test-history';
import { measureProbeCycle } from './measureProbeCycle.ts';
import { serveProbedAppsApart, type ProbedApps } from './serveProbedApps.ts';

export interface MonitoringOptions {
  /** Apps in the catalog the monitor probes and the history covers. */
  apps: number;
  /** Days of history: probe counts per app and day, real-user openings per app and hour. */
  days: number;
  runs: number;
  log: (line: string) => void;
}

/** Each figure's measurements, one per run, in ms. */
export interface MonitoringRuns {
  /** One round of the monitor over every app. */
  probeCycle: number[];
  /** `GET /api/status` read afresh: every app's status and uptime on each of the last 90 days. */
  statusBoard: number[];
  /** One app's hourly openings over the whole history. */
  rumOneApp: number[];
  /** The registry's own reading of one app's usage over the whole history (what `GET /api/apps/:id/usage` answers). */
  usageOneApp: number[];
  /** Every app's openings and failures over the whole history, summed per app. */
  rumAllApps: number[];
}

/** The kinds in the catalog: half federated (the costlier probe: three files, their hashes checked), then pages. */
const kindOf = (index: number): ManifestEntry['kind'] =>
  index % 4 < 2 ? 'federated' : index % 4 === 2 ? 'iframe' : 'link';

/** Only anonymous requests are made, so the identity provider's keys are never fetched from this address. */
const oidc = { issuer: 'http://127.0.0.1:9/realms/bas', audience: 'bas-registry' };
/** What Chromium accepts: a visitor's status page comes compressed. */
const acceptEncoding = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** `count` public, active apps served by `served`: seed entries of each kind with their own ids and addresses. */
function monitoredCatalog(count: number, served: ProbedApps): ManifestEntry[] {
  const seed = seedCatalog();
  const template = (kind: ManifestEntry['kind']) =>
    seed.find(
      (entry) => entry.kind === kind && entry.role === 'public' && entry.status === 'active',
    ) as ManifestEntry;
  return Array.from({ length: count }, (_, index): ManifestEntry => {
    const id = `pantau-${String(index + 1).padStart(3, '0')}`;
    const folder = `${served.origin}/${id}`;
    const entry = { ...template(kindOf(index)), id, route: id };
    return entry.kind === 'federated'
      ? {
          ...entry,
          manifestUrl: `${folder}/mf-manifest.json`,
          standaloneUrl: `${folder}/`,
          integrity: served.integrity,
        }
      : { ...entry, url: `${folder}/` };
  });
}

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
};

/**
 * The status page's answer as a visitor gets it when the registry reads the board afresh (it keeps one reading for
 * 5 s): a registry opened on `dataDir`, its anonymous manifest made first (the status page lists what it lists), then
 * `GET /api/status` timed. The answer must list every app.
 */
async function timeStatusBoard(dataDir: string, count: number): Promise<number> {
  const registry = await buildRegistry({ dataDir, environment: 'development', oidc });
  try {
    await registry.app.inject({ method: 'GET', url: '/api/manifest' });
    const { ms, result } = await timed(() =>
      registry.app.inject({ method: 'GET', url: '/api/status', headers: acceptEncoding }),
    );
    const listed = (
      JSON.parse((await registry.app.inject({ method: 'GET', url: '/api/status' })).body) as {
        apps?: unknown[];
      }
    ).apps?.length;
    if (result.statusCode !== 200 || listed !== count) {
      throw new Error(
        `GET /api/status answered HTTP ${result.statusCode} listing ${String(listed)} of the ${count} apps seeded in ${dataDir}; the status page must list every public, active app.`,
      );
    }
    return ms;
  } finally {
    await registry.close();
  }
}

/** One app's hourly openings since `since`, as a chart of its usage reads them. */
async function readOneApp(db: RegistryDatabase['db'], appId: string, since: string) {
  return db
    .selectFrom('rum_hourly')
    .select(['hour', 'cause', 'count', 'p50', 'p75', 'p95'])
    .where('app_id', '=', appId)
    .where('metric', '=', 'open')
    .where('hour', '>=', since)
    .orderBy('hour')
    .execute();
}

/** Every app's openings and failed openings since `since`, one row per app. */
async function readAllApps(db: RegistryDatabase['db'], since: string) {
  return db
    .selectFrom('rum_hourly')
    .select((eb) => [
      'app_id',
      eb.fn.sum<number>('count').as('attempts'),
      eb.fn.sum<number>(eb.case().when('cause', '=', '').then(0).else(eb.ref('count')).end()).as('failed'),
    ])
    .where('metric', '=', 'open')
    .where('hour', '>=', since)
    .groupBy('app_id')
    .execute();
}

/**
 * What monitoring costs at the scale of a city's catalog: a registry database of its own, made by the registry's
 * migrations and seeded with `apps` apps served by a loopback server in a child process (the sample remote
 * `pengumuman`'s build, its integrity checked), `days` of their history generated into it; then, `runs` times each,
 * one round of the real monitor over every app, the status page read afresh, and the hourly real-user figures over
 * the whole history: of one app (by a query, and by the registry's usage reading) and of all apps.
 */
export async function measureMonitoring({
  apps,
  days,
  runs,
  log,
}: MonitoringOptions): Promise<MonitoringRuns> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-bench-monitoring-'));
  const served = await serveProbedAppsApart(sampleDir('pengumuman'));
  let database: RegistryDatabase | undefined;
  try {
    const catalog = monitoredCatalog(apps, served);
    await (await buildRegistry({ dataDir, environment: 'development', oidc, seed: catalog })).close();
    database = await createDatabase({ dataDir });
    const { db } = database;
    const {
      ms: fillMs,
      result: { probeDays, rumHours, since },
    } = await timed(() =>
      fillMonitoringHistory(
        db,
        catalog.map((entry) => entry.id),
        days,
        new Date(),
      ),
    );
    log(
      `  ${days} days of ${apps} apps generated in ${(fillMs / 1000).toFixed(1)} s: ${probeDays} probe days, ${rumHours} hourly RUM rows`,
    );
    const rum = createRumStore(db);
    const measured: MonitoringRuns = {
      probeCycle: [],
      statusBoard: [],
      rumOneApp: [],
      usageOneApp: [],
      rumAllApps: [],
    };
    for (let run = 0; run < runs; run += 1) {
      measured.probeCycle.push(await measureProbeCycle(dataDir, apps));
      measured.statusBoard.push(await timeStatusBoard(dataDir, apps));
      const appId = catalog[0]?.id ?? '';
      const oneApp = await timed(() => readOneApp(db, appId, since));
      const usage = await timed(() => rum.usage(appId, since, new Date().toISOString()));
      const allApps = await timed(() => readAllApps(db, since));
      const hours = days * 24;
      if (
        oneApp.result.length < hours ||
        usage.result.hours.length !== hours ||
        allApps.result.length !== apps
      ) {
        throw new Error(
          `The hourly RUM read back ${oneApp.result.length} rows and ${usage.result.hours.length} hours of usage of one app and ${allApps.result.length} apps, for ${hours} hours of ${apps} apps generated: the generation or the queries are wrong.`,
        );
      }
      measured.rumOneApp.push(oneApp.ms);
      measured.usageOneApp.push(usage.ms);
      measured.rumAllApps.push(allApps.ms);
    }
    return measured;
  } finally {
    await database?.db.destroy();
    served.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
