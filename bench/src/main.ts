import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { startDevStack } from '@bas/dev-stack';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import { nationalCatalog, seedCatalog } from '@bas/manifest/seed';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium.ts';
import { measureCatalogBytes } from './measureCatalogBytes.ts';
import { measureColdLoad } from './measureColdLoad.ts';
import { measureEvidence } from './measureEvidence.ts';
import { measureLighthouse } from './measureLighthouse.ts';
import { waitForQuiet } from './waitForQuiet.ts';
import { measureMonitoring } from './measureMonitoring.ts';
import { measurePhoneHome } from './measurePhoneHome.ts';
import {
  heapGrowthPerApp,
  iframePortalPage,
  measureIframeOpenings,
  measureOpenings,
  memoryForTenApps,
} from './measureOpening.ts';
import { cheaperThanStatic, load, loadSideBySide, ownCpuMs } from './measureRegistry.ts';
import { serveStaticFile, writeStaticCopies } from './serveStaticFile.ts';
import { startApart } from './startApart.ts';
import { measureSearchWorker } from './measureSearchWorker.ts';
import { measureStartup, type Startup } from './measureStartup.ts';
import { writeReport, passes, type Figure } from './report.ts';
import { percentile, spread } from './stats.ts';
import { buildSyntheticRemotes, syntheticEntry } from './syntheticRemotes.ts';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(benchDir, '..');
const count = Number(process.env.BENCH_REMOTES ?? 50);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const figures: Figure[] = [];
const figure = (
  section: string,
  name: string,
  unit: string,
  values: number[],
  budget?: Figure['budget'],
  note?: string,
) =>
  figures.push({
    section,
    name,
    unit,
    value: spread(values),
    ...(budget === undefined ? {} : { budget }),
    ...(note === undefined ? {} : { note }),
  });
const repeat = async <T>(times: number, measure: () => T | Promise<T>): Promise<T[]> => {
  const results: T[] = [];
  for (let run = 0; run < times; run += 1) results.push(await measure());
  return results;
};
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Record<string, number>;
const budget = (name: string, atMost = true) => {
  const limit = budgets[name];
  if (limit === undefined) throw new Error(`budgets.json has no "${name}"`);
  return { limit, atMost };
};

/** Waits up to `limitMs` for a quiet machine (waitForQuiet), and says so when `what` has to run without one. */
async function quietBefore(what: string, limitMs: number): Promise<void> {
  if (!(await waitForQuiet({ limitMs })))
    log(`The machine did not get quiet within ${String(limitMs / 1000)} s: ${what} runs all the same.`);
}

if (!Number.isInteger(count) || count < 10)
  throw new Error(`BENCH_REMOTES=${String(process.env.BENCH_REMOTES)}: give a whole number of at least 10.`);

// A national catalog beside the city's (27,000 entries for the national figures); unset, the scale section stops at 200.
const national = process.env.BENCH_CATALOG === undefined ? undefined : Number(process.env.BENCH_CATALOG);
if (national !== undefined && (!Number.isInteger(national) || national <= 200))
  throw new Error(
    `BENCH_CATALOG=${String(process.env.BENCH_CATALOG)}: give a whole number above 200 (27000 for the national figures), or leave it unset.`,
  );

const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'monitoring' && only !== 'evidence')
  throw new Error(
    `BENCH_ONLY=${only}: the sections that run alone are "monitoring" and "evidence"; leave it unset for all.`,
  );
// The monitoring and evidence sections' scale; npm test's smoke runs them smaller.
const monitoredApps = Number(process.env.BENCH_MONITORED_APPS ?? 200);
const historyDays = Number(process.env.BENCH_HISTORY_DAYS ?? 90);
const evidenceApps = Number(process.env.BENCH_EVIDENCE_APPS ?? 200);
for (const [name, value] of [
  ['BENCH_MONITORED_APPS', monitoredApps],
  ['BENCH_HISTORY_DAYS', historyDays],
  ['BENCH_EVIDENCE_APPS', evidenceApps],
] as const) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}=${String(process.env[name])}: give a whole number of at least 1.`);
}

// Sections 1 to 5 need the portal and Chromium: BENCH_ONLY=monitoring or evidence leaves them out.
if (only === undefined) {
  log(
    "Lighthouse 12.2.3's command line with its defaults, on the citizen home of a portal as npm start serves it…",
  );
  // npm start's portal, not this bench's: the seed catalog alone, a fresh data folder, the stack's defaults. Measured
  // first, with nothing else of the bench running, each run once the machine is quiet (the stack's monitor probes
  // every app as it starts): the issue's figures were taken on a quiet machine, and a busy one costs points that
  // are not the portal's.
  const asStarted = await startDevStack({
    port: 0,
    remotesPort: 0,
    devIdpPort: 0,
    env: { BAS_DATA_DIR: mkdtempSync(join(tmpdir(), 'bas-bench-start-')) },
  });
  const scores = await repeat(runs, async () => {
    await quietBefore('Lighthouse', 60_000);
    return measureLighthouse(asStarted.url);
  }).finally(() => asStarted.close());
  figure(
    '1 cold load',
    'Lighthouse performance (mobile)',
    '',
    scores.map((run) => run.performance),
    budget('lighthousePerformance', false),
  );
  figure(
    '1 cold load',
    'Lighthouse total blocking time (mobile)',
    'ms',
    scores.map((run) => run.totalBlockingTimeMs),
    budget('lighthouseTbtMs'),
  );
  figure(
    '1 cold load',
    'Lighthouse LCP (mobile, simulated)',
    'ms',
    scores.map((run) => run.largestContentfulPaintMs),
  );
  figure(
    '1 cold load',
    'Lighthouse accessibility',
    '',
    scores.map((run) => run.accessibility),
    budget('lighthouseAccessibility', false),
  );
  figure(
    '1 cold load',
    'Lighthouse best practices',
    '',
    scores.map((run) => run.bestPractices),
  );
  figure(
    '1 cold load',
    "Lighthouse's benchmark index (this machine's CPU speed)",
    '',
    scores.map((run) => run.benchmarkIndex),
  );

  const template = seedCatalog().find((entry) => entry.id === 'pengumuman') as FederatedEntry;
  log(`Building ${count} synthetic remotes with Vite and @module-federation/vite…`);
  const synthetic = await buildSyntheticRemotes(join(benchDir, '.work', 'remotes'), count, template, log);

  log('Starting the portal (shell, registry seeded with the catalog and the synthetic apps, dev IdP)…');
  const portal = await startDevStack({
    port: Number(process.env.BENCH_PORT ?? 4100),
    remotesPort: 0,
    devIdpPort: 0,
    env: { BAS_DATA_DIR: mkdtempSync(join(tmpdir(), 'bas-bench-')) },
    extraRemotes: synthetic.map((remote) => ({ name: remote.id, dir: remote.dist })),
    extraEntries: (origins, pins) =>
      synthetic.map((remote, index) =>
        syntheticEntry(template, index, origins.get(remote.id) ?? '', pins.get(remote.id)),
      ),
  });
  const portalPageServer = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(iframePortalPage()),
  );
  await new Promise<void>((resolve) => portalPageServer.listen(0, '127.0.0.1', resolve));
  const iframePortal = `http://127.0.0.1:${(portalPageServer.address() as { port: number }).port}/`;
  const apps = synthetic.map((remote) => ({
    id: remote.id,
    url: `${portal.remoteOrigins.get(remote.id) ?? ''}/`,
  }));
  const browser = await launchChromium();

  try {
    for (const throttled of [false, true]) {
      const profile = throttled ? 'mobile (throttled)' : 'loopback';
      log(`Cold load of the citizen home, ${profile}…`);
      const loads = await repeat(runs, () => measureColdLoad(browser, portal.url, throttled));
      figure(
        '1 cold load',
        `FCP, ${profile}`,
        'ms',
        loads.map((run) => run.fcp),
      );
      figure(
        '1 cold load',
        `LCP, ${profile}`,
        'ms',
        loads.map((run) => run.lcp),
        throttled ? budget('homeLcpThrottledMs') : undefined,
      );
      if (!throttled) {
        figure(
          '1 cold load',
          'shell JS for first paint (gzip)',
          'KB',
          loads.map((run) => run.firstPaintJsKb),
          budget('shellFirstPaintJsKb'),
        );
        figure(
          '1 cold load',
          'shell JS until live (gzip)',
          'KB',
          loads.map((run) => run.liveJsKb),
          budget('shellLiveJsKb'),
        );
        figure(
          '1 cold load',
          'all JS until idle (gzip)',
          'KB',
          loads.map((run) => run.jsKb),
        );
        figure(
          '1 cold load',
          'requests until idle',
          '',
          loads.map((run) => run.requests),
        );
      }
    }

    log('The citizen home on a 360 x 740 phone, mobile profile…');
    const phoneHomes = await repeat(runs, () => measurePhoneHome(browser, portal.url));
    figure(
      '1 cold load',
      'first service visible without scrolling, phone (throttled)',
      'ms',
      phoneHomes.map((run) => run.firstServiceMs),
      budget('firstServiceThrottledMs'),
    );
    figure(
      '1 cold load',
      'home height on a phone (360 x 740)',
      'screens',
      phoneHomes.map((run) => run.screens),
      budget('homePhoneScreens'),
    );

    const opened = synthetic.slice(0, 20).map((remote) => remote.id);
    for (const throttled of [false, true]) {
      const profile = throttled ? 'mobile (throttled)' : 'loopback';
      const ids = throttled ? opened.slice(0, 8) : opened;
      log(`Opening ${ids.length} remotes from the catalog, cold and warm, ${profile}…`);
      const bas = await repeat(runs, () => measureOpenings(browser, portal.url, ids, throttled));
      log(`The same apps in the iframe portal, ${profile}…`);
      const frames = await repeat(runs, () =>
        measureIframeOpenings(
          browser,
          iframePortal,
          apps.filter((app) => ids.includes(app.id)),
          throttled,
        ),
      );
      for (const kind of ['cold', 'warm'] as const) {
        const basP50 = bas.map((run) => percentile(run[kind], 50));
        figure(
          '2 opening a remote',
          `BAS ${kind} p50, ${profile}`,
          'ms',
          basP50,
          kind === 'warm' && !throttled ? budget('remoteOpenWarmP50Ms') : undefined,
        );
        figure(
          '2 opening a remote',
          `BAS ${kind} p95, ${profile}`,
          'ms',
          bas.map((run) => percentile(run[kind], 95)),
        );
        const frameP50 = frames.map((run) => percentile(run[kind], 50));
        figure('3 iframe baseline', `iframe ${kind} p50, ${profile}`, 'ms', frameP50);
        figure(
          '3 iframe baseline',
          `iframe ${kind} p95, ${profile}`,
          'ms',
          frames.map((run) => percentile(run[kind], 95)),
        );
        figure(
          '3 iframe baseline',
          `iframe / BAS time, ${kind} p50, ${profile}`,
          '×',
          frameP50.map((value, run) => value / (basP50[run] ?? Number.NaN)),
          budget(kind === 'cold' && throttled ? 'iframeOverBasColdThrottled' : 'iframeOverBasTime', false),
        );
      }
    }
    log('Memory after opening 10 apps, BAS and iframe portal…');
    const memory = await repeat(runs, () => memoryForTenApps(browser, portal.url, iframePortal, apps));
    figure(
      '3 iframe baseline',
      'JS heap after 10 apps, BAS',
      'MB',
      memory.map((run) => run.bas / 2 ** 20),
    );
    figure(
      '3 iframe baseline',
      'JS heap after 10 apps, iframe portal',
      'MB',
      memory.map((run) => run.iframe / 2 ** 20),
    );
    figure(
      '3 iframe baseline',
      'iframe / BAS memory, 10 apps',
      '×',
      memory.map((run) => run.iframe / run.bas),
      budget('iframeOverBasMemory', false),
    );

    /** The national catalog's figures beside the city's: what its first paint carries, and its index served. */
    // The registry answers a large body compressed quickly at once and at the strongest setting once its thread
    // pool has made that copy (seconds): the figure is of the registry as it runs, not of its first seconds.
    const strongestCompression = async (url: string, staticBytes: number) => {
      const deadline = Date.now() + 120_000;
      // Read whole, so the connection is free for the next question; a question that fails is asked again.
      const sent = async () => {
        try {
          const response = await fetch(url, { headers: { 'accept-encoding': 'br' } });
          await response.arrayBuffer();
          return Number(response.headers.get('content-length'));
        } catch {
          return Number.POSITIVE_INFINITY;
        }
      };
      while ((await sent()) > staticBytes) {
        if (Date.now() > deadline)
          throw new Error(`${url} was not compressed as a static file is within 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    };

    const measureNational = async (size: number, url: string, cityUrl: string) => {
      log(`The ${size}-entry portal: catalog data and JS before the first paint, beside the 200-entry one…`);
      for (const [label, portalUrl] of [
        [`${size} entries`, url],
        ['200 entries', cityUrl],
      ] as const) {
        figure(
          '4 scale',
          `catalog data before first paint (gzip), ${label}`,
          'KB',
          await repeat(runs, async () => (await measureCatalogBytes(portalUrl)) / 1024),
          label === '200 entries' ? undefined : budget('catalogBeforeFirstPaintKb'),
        );
      }
      const loads = await repeat(runs, () => measureColdLoad(browser, url, false));
      figure(
        '4 scale',
        `shell JS for first paint (gzip), ${size} entries`,
        'KB',
        loads.map((run) => run.firstPaintJsKb),
        budget('shellFirstPaintJsKb'),
      );
      figure(
        '4 scale',
        `shell JS until live (gzip), ${size} entries`,
        'KB',
        loads.map((run) => run.liveJsKb),
        budget('shellLiveJsKb'),
      );
      log(`Search per keystroke over ${size} entries in the shell's search worker, round trip included…`);
      const searches = await repeat(runs, () => measureSearchWorker(browser, url));
      figure(
        '4 scale',
        `search per keystroke, ${size} entries, worker round trip, p95`,
        'ms',
        searches.map((times) => percentile(times, 95)),
        budget('searchKeystrokeNationalP95Ms'),
      );
      log(
        `Registry: GET /api/catalog/index of ${size} entries under load, beside a static file, each apart…`,
      );
      // Each server in a process of its own, as deployed: the CPU each spends is then its own, not the other
      // portals' of this process (their monitors, reads and garbage collection, decisions/0039).
      const registry = await startApart(['registry', String(size)]);
      const indexUrl = new URL('/api/catalog/index', registry.url).href;
      const indexBody = Buffer.from(await (await fetch(indexUrl)).arrayBuffer());
      await strongestCompression(indexUrl, brotliCompressSync(indexBody).length);
      const staticIndex = await startApart([
        'static',
        writeStaticCopies(mkdtempSync(join(tmpdir(), 'bas-static-index-')), indexBody),
      ]);
      const encodings = { 'accept-encoding': 'gzip, deflate, br, zstd' };
      const { served, fromFile } = await loadSideBySide(
        runs,
        { url: indexUrl, cpuMs: registry.cpuMs },
        staticIndex,
        encodings,
      ).finally(() => Promise.all([registry.close(), staticIndex.close()]));
      figure(
        '5 registry',
        `index of ${size} entries, anonymous, compressed`,
        'req/s',
        served.map((run) => run.requestsPerSecond),
      );
      figure(
        '5 registry',
        `the same index as a static file (sirv)`,
        'req/s',
        fromFile.map((run) => run.requestsPerSecond),
      );
      figure(
        '5 registry',
        `index of ${size} entries, server CPU per request`,
        'ms',
        served.map((run) => run.serverCpuMsPerRequest),
      );
      figure(
        '5 registry',
        'the same index as a static file, server CPU per request',
        'ms',
        fromFile.map((run) => run.serverCpuMsPerRequest),
      );
      figure(
        '5 registry',
        `index of ${size} entries: static file's CPU per request / the registry's`,
        '×',
        cheaperThanStatic(served, fromFile),
        budget('indexOverStatic', false),
      );
    };

    log(
      `Shell start-up with 10, 50 and 200 registered remotes${national === undefined ? '' : ` and a national catalog of ${national} entries`}…`,
    );
    const manifest = (await (await fetch(new URL('/api/manifest', portal.url))).json()) as {
      entries: ManifestEntry[];
    };
    // Anonymous visitors see the public entries; copies with their own ids fill the catalog up to 200.
    while (manifest.entries.length < 200) {
      const base = manifest.entries[manifest.entries.length % 100] as ManifestEntry;
      manifest.entries.push({
        ...base,
        id: `${base.id}-salinan-${manifest.entries.length}`,
        route: `${base.route}-salinan-${manifest.entries.length}`,
      });
    }
    // A portal of its own per catalog, whose registry holds just that catalog: the home page its server renders and
    // the manifest change, nothing else. The sizes take turns, so a busy moment of the machine hits them alike.
    const sizes = [10, 50, 200, ...(national === undefined ? [] : [national])];
    const sized = await Promise.all(
      sizes.map((size) =>
        startDevStack({
          port: 0,
          remotesPort: 0,
          devIdpPort: 0,
          env: { BAS_DATA_DIR: mkdtempSync(join(tmpdir(), `bas-bench-${size}-`)) },
          seed: size === national ? nationalCatalog({ count: size }) : manifest.entries.slice(0, size),
          // Their monitors would probe the sample apps and read the whole catalog every minute in this process,
          // beside the pages measured: they probe nothing, and go round once an hour.
          monitor: { probes: () => false, intervalMs: 3_600_000 },
        }),
      ),
    );
    const startup: Record<number, Startup[]> = {};
    try {
      // Each portal renders its home page once per catalog version, for every visitor after: not start-up.
      await Promise.all(sized.map((sizedPortal) => fetch(sizedPortal.url)));
      // Start-up is short and noisy on a busy machine: more runs than elsewhere.
      // Every other round in the reverse order: what comes first or last in a round (a browser just started,
      // a machine warmer) then falls on every size alike.
      for (let run = 0; run < runs * 3 + 2; run += 1) {
        // A round starts once the machine is quiet, not while earlier work (a probe of the benchmark's own portal, a
        // garbage collection, the last page's context closing) still runs: the sizes of a round are compared with
        // each other, so what hits one of them skews that round's ratio.
        await quietBefore('this start-up round', 10_000);
        const order = run % 2 === 0 ? [...sizes.keys()] : [...sizes.keys()].reverse();
        for (const index of order) {
          const size = sizes[index] ?? Number.NaN;
          (startup[size] ??= []).push(await measureStartup(browser, sized[index]?.url ?? ''));
        }
      }
      const nationalPortal = sized[sizes.indexOf(national ?? Number.NaN)];
      if (national !== undefined && nationalPortal !== undefined) {
        await measureNational(national, nationalPortal.url, sized[sizes.indexOf(200)]?.url ?? '');
      }
    } finally {
      await Promise.all(sized.map((sizedPortal) => sizedPortal.close()));
    }
    for (const size of sizes) {
      figure(
        '4 scale',
        `first app link on the home page, ${size} remotes`,
        'ms',
        (startup[size] ?? []).map((run) => run.catalogAt),
      );
      figure(
        '4 scale',
        `shell start-up (live), ${size} remotes`,
        'ms',
        (startup[size] ?? []).map((run) => run.liveAt),
      );
    }
    figure(
      '4 scale',
      'start-up 200 / start-up 10',
      '×',
      (startup[200] ?? []).map((run, index) => run.liveAt / (startup[10]?.[index]?.liveAt ?? Number.NaN)),
      budget('startupGrowth200Over10'),
    );
    if (national !== undefined) {
      figure(
        '4 scale',
        `start-up ${national} / start-up 200`,
        '×',
        (startup[national] ?? []).map(
          (run, index) => run.liveAt / (startup[200]?.[index]?.liveAt ?? Number.NaN),
        ),
        budget('startupGrowthNationalOver200'),
      );
    }
    log(`Heap left per app after opening and leaving all ${count} synthetic apps…`);
    const growth = await repeat(runs, () =>
      heapGrowthPerApp(
        browser,
        portal.url,
        synthetic.map((remote) => remote.id),
      ),
    );
    figure(
      '4 scale',
      'JS heap kept per app opened and left',
      'KB',
      growth.map((bytes) => bytes / 1024),
      undefined,
      'module cache included',
    );

    log('Catalog search per keystroke (vitest bench over 200 and 2,000 entries)…');
    const benchJson = join(mkdtempSync(join(tmpdir(), 'bas-search-')), 'search.json');
    const searchRuns: Record<string, number[]> = {};
    for (let run = 0; run < runs; run += 1) {
      const vitest = spawnSync(
        'pnpm',
        ['exec', 'vitest', 'bench', '--run', '--project', 'shell', '--outputJson', benchJson],
        { cwd: root, encoding: 'utf8', env: process.env },
      );
      if (vitest.status !== 0) throw new Error(`vitest bench failed:\n${vitest.stdout}${vitest.stderr}`);
      const report = JSON.parse(readFileSync(benchJson, 'utf8')) as {
        files: { groups: { fullName: string; benchmarks: { mean: number }[] }[] }[];
      };
      for (const group of report.files.flatMap((file) => file.groups)) {
        const size = /over (\d+) entries/.exec(group.fullName)?.[1] ?? '?';
        (searchRuns[size] ??= []).push(group.benchmarks[0]?.mean ?? Number.NaN);
      }
    }
    for (const [size, values] of Object.entries(searchRuns)) {
      figure(
        '4 scale',
        `search per keystroke, ${size} entries`,
        'ms',
        values,
        size === '2000' ? budget('searchKeystroke2000Ms') : undefined,
      );
    }
    log('Registry: GET /api/manifest under load, beside a static file…');
    const manifestUrl = new URL('/api/manifest', portal.url).href;
    const token = await signedInToken(browser, portal.url);
    const body = Buffer.from(await (await fetch(manifestUrl)).arrayBuffer());
    const etag = (await fetch(manifestUrl, { method: 'HEAD' })).headers.get('etag') ?? '';
    const staticFile = await serveStaticFile(
      writeStaticCopies(mkdtempSync(join(tmpdir(), 'bas-static-')), body),
    );
    // What Chromium sends: the registry and the static file both answer with brotli.
    const gzip = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    const { served: anonymous, fromFile: staticLoad } = await loadSideBySide(
      runs,
      { url: manifestUrl, cpuMs: ownCpuMs },
      { url: staticFile.url, cpuMs: ownCpuMs },
      gzip,
    );
    const withToken = await repeat(runs, () =>
      load(manifestUrl, { ...gzip, authorization: `Bearer ${token}` }),
    );
    const revalidated = await repeat(runs, () => load(manifestUrl, { ...gzip, 'if-none-match': etag }));
    await staticFile.close();
    figure(
      '5 registry',
      'manifest, anonymous, compressed',
      'req/s',
      anonymous.map((run) => run.requestsPerSecond),
      undefined,
      'the machine sets it: budgeted as the ratio to a static file below',
    );
    figure(
      '5 registry',
      'manifest, anonymous, p99 latency',
      'ms',
      anonymous.map((run) => run.latencyP99Ms),
    );
    figure(
      '5 registry',
      'manifest, with a token, compressed',
      'req/s',
      withToken.map((run) => run.requestsPerSecond),
    );
    figure(
      '5 registry',
      'manifest, ETag revalidation (304)',
      'req/s',
      revalidated.map((run) => run.requestsPerSecond),
    );
    figure(
      '5 registry',
      'the same manifest as a static file (sirv)',
      'req/s',
      staticLoad.map((run) => run.requestsPerSecond),
    );
    figure(
      '5 registry',
      'manifest, anonymous, server CPU per request',
      'ms',
      anonymous.map((run) => run.serverCpuMsPerRequest),
    );
    figure(
      '5 registry',
      'the same manifest as a static file, server CPU per request',
      'ms',
      staticLoad.map((run) => run.serverCpuMsPerRequest),
    );
    figure(
      '5 registry',
      "anonymous manifest: static file's CPU per request / the registry's",
      '×',
      cheaperThanStatic(anonymous, staticLoad),
      budget('manifestOverStatic', false),
    );
  } finally {
    await browser.close();
    portalPageServer.close();
    await portal.close();
  }
}

if (only === undefined || only === 'monitoring') {
  log(
    `Monitoring: one round of the monitor over ${monitoredApps} apps, the status page and real-user figures over ${historyDays} days…`,
  );
  const monitoring = await measureMonitoring({ apps: monitoredApps, days: historyDays, runs, log });
  figure(
    '6 monitoring',
    `probe cycle, ${monitoredApps} apps`,
    'ms',
    monitoring.probeCycle,
    budget('probeCycleMs'),
    'half federated; default concurrency',
  );
  figure(
    '6 monitoring',
    `status page (GET /api/status), ${monitoredApps} apps, 90-day uptime`,
    'ms',
    monitoring.statusBoard,
    budget('statusBoardMs'),
    `${historyDays} days of data`,
  );
  figure('6 monitoring', `hourly RUM of one app, ${historyDays} days`, 'ms', monitoring.rumOneApp);
  figure(
    '6 monitoring',
    `usage of one app (GET /api/apps/:id/usage's reading), ${historyDays} days`,
    'ms',
    monitoring.usageOneApp,
  );
  figure(
    '6 monitoring',
    `hourly RUM of all ${monitoredApps} apps, ${historyDays} days, summed per app`,
    'ms',
    monitoring.rumAllApps,
  );
}

if (only === undefined || only === 'evidence') {
  log(
    `Evidence: the SPBE evidence of a year of ${evidenceApps} apps, the registry's answer and npm run evidence's report…`,
  );
  const evidence = await measureEvidence({ apps: evidenceApps, runs, log });
  figure(
    '7 evidence',
    `evidence answer (GET /api/evidence), ${evidenceApps} apps, a year`,
    'ms',
    evidence.answer,
  );
  figure('7 evidence', `evidence answer size, ${evidenceApps} apps`, 'KB', evidence.answerKb);
  figure('7 evidence', `PDF report rendered and printed, ${evidenceApps} apps`, 'ms', evidence.pdf);
  figure('7 evidence', `PDF report length, ${evidenceApps} apps`, 'pages', evidence.pages);
  figure(
    '7 evidence',
    `whole evidence (generateEvidence: answer, CSV, PDF, ZIP), ${evidenceApps} apps`,
    'ms',
    evidence.total,
    budget('evidenceReport200Ms'),
    'no screenshots',
  );
}

// npm test runs a smoke of the bench (10 remotes, one run) into a temporary folder; the full run keeps its results.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? join(benchDir, 'results');
const table = writeReport(resultsDir, figures, {
  remotes: count,
  runs,
  sections: only ?? 'all',
  monitoredApps,
  historyDays,
  evidenceApps,
  node: process.version,
  seconds: Math.round((Date.now() - started) / 1000),
});
console.log(`\n${table}\n`);
const failed = figures.filter((entry) => passes(entry) === false);
console.log(
  failed.length === 0
    ? 'Every budget is met.'
    : `${failed.length} budget(s) missed: ${failed.map((entry) => entry.name).join('; ')}.`,
);
log(`Done; results in ${resultsDir}.`);

/** A civil servant's portal token, from signing in through the dev IdP in the browser, read off the wire. */
async function signedInToken(browser: Browser, portalUrl: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let token = '';
  // The portal's token, as the auth frame sends it for the personal catalog (the page itself never holds it).
  page.on('request', (request) => {
    const header = request.headers().authorization;
    if (new URL(request.url()).pathname === '/manifest' && header?.startsWith('Bearer ') === true)
      token = header.slice(7);
  });
  await page.goto(portalUrl);
  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await page.locator('#username').fill('asn.disdukcapil');
  await page.locator('#password').fill('bas-demo');
  await page.locator('#kc-login').click();
  await page.waitForSelector('.user-name', { timeout: 30_000 });
  for (let wait = 0; token === '' && wait < 50; wait += 1) await page.waitForTimeout(100);
  await context.close();
  if (token === '') throw new Error('no token reached the personal catalog request after signing in');
  return token;
}
