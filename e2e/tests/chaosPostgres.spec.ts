import { startPostgresCluster, type PostgresCluster } from '@bas/test-postgres';
import { expect, test } from '../support/test.ts';
import { homeServes, staleNotice } from '../support/catalogChecks.ts';
import { chaosRow, timeUntil } from '../support/chaosRow.ts';
import { cliToken } from '../support/cliToken.ts';
import { lost, registryClient, type RegistryClient } from '../support/registryClient.ts';
import {
  startChaosTopology,
  suiteIdentityProvider,
  type ChaosTopology,
} from '../support/startChaosTopology.ts';

// The registry on PostgreSQL, as the city runs it, while a person uses the portal on a phone: the database server
// is restarted, and it crashes while publishes are in flight. Each case checks what the person sees before, during
// and after, times the recovery from the moment PostgreSQL is back, and compares the writes the registry accepted
// with what it holds after.
let database: PostgresCluster;
let topology: ChaosTopology;
let registry: RegistryClient;

test.beforeAll(async ({ browser }) => {
  // Durable as in production: a crash must not lose what was committed.
  database = await startPostgresCluster();
  const idp = suiteIdentityProvider();
  topology = await startChaosTopology(idp, { databaseUrl: database.url });
  const page = await browser.newPage();
  registry = registryClient(
    topology.registryUrl,
    await cliToken(page, `${idp.url}/realms/${idp.realm}`, 'admin'),
  );
  await page.close();
});
test.afterAll(async () => {
  await topology.close();
  database.remove();
});

test('PostgreSQL restarted: the portal serves its copy meanwhile and recovers by itself', async ({
  page,
}) => {
  await page.goto(topology.url);
  await homeServes(page);
  await registry.publishVersion();
  const before = await registry.writes();

  database.stop();
  try {
    // The registry answers from the last catalog it read and says how old it is. The person comes back to the tab
    // now and then (which asks the registry again at once); after 15 s without a read the page shows the copy's age.
    await expect(async () => {
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(staleNotice(page)).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await page.reload();
    await homeServes(page);
    const { answer } = await registry.publish();
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { message: string }).message).toMatch(/database/i);
  } finally {
    database.start();
  }
  const recoveredMs = await timeUntil(async () => !(await staleNotice(page).isVisible()), 45_000);
  const version = await registry.publishVersion();
  const after = await registry.writes();
  expect(after).toContain(`version ${version}`);
  chaosRow({
    fault: 'PostgreSQL restarted (fast shutdown, sessions ended)',
    seen: 'the home from the registry’s last read, with “katalog per hh:mm”; a publish refused naming the database',
    recoveredMs,
    writesLost: lost(before, after),
  });
  expect(lost(before, after)).toBe(0);
  expect(recoveredMs).toBeLessThan(30_000);
});

test('PostgreSQL crashes while publishes are in flight: every publish it accepted is kept', async ({
  page,
}) => {
  await page.goto(topology.url);
  await homeServes(page);
  const before = await registry.writes();

  // Three publishers in a steady stream; the crash lands among them once three were accepted.
  const answers: Array<{ version: string; status: number }> = [];
  let crashed = false;
  const publisher = async () => {
    // At most 12 in all: the registry keeps 20 pending versions of an app, and the first case published two.
    while (answers.length < 12) {
      const { version, answer } = await registry.publish();
      answers.push({ version, status: answer.status });
      if (!crashed && answers.filter(({ status }) => status === 201).length >= 3) {
        crashed = true;
        database.crash();
      }
    }
  };
  await Promise.all([publisher(), publisher(), publisher()]);
  expect(answers.map(({ status }) => status).filter((status) => status !== 201 && status !== 503)).toEqual(
    [],
  );
  expect(answers.some(({ status }) => status === 503)).toBe(true);
  const accepted = answers.filter(({ status }) => status === 201).map(({ version }) => `version ${version}`);
  await page.reload();
  await homeServes(page);

  database.start();
  const recoveredMs = await timeUntil(async () => (await registry.publish()).answer.status === 201, 30_000);
  const after = await registry.writes();
  const expected = [...before, ...accepted];
  chaosRow({
    fault: `PostgreSQL crashed (immediate stop) among a stream of publishes (${accepted.length} accepted)`,
    seen: 'the home as before; the publishes after the crash refused with 503, none half done',
    recoveredMs,
    writesLost: lost(expected, after),
  });
  expect(lost(expected, after)).toBe(0);
});
