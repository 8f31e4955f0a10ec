import { fileURLToPath } from 'node:url';
import { startRemoteSites, type RemoteSites } from '@bas/dev-stack';
import { expect, test, type Page } from '../support/test.ts';
import { chaosRow, timeUntil } from '../support/chaosRow.ts';
import { signIn } from '../support/signIn.ts';

// The monitor, end to end: "Uji Pemantauan" is an app of the suite's own, served by this test on the port the
// global setup put in its catalog entry; the portal's monitor probes it every half second (3 failed probes make it
// down). The test stops its server and sees it down in the console, on the portal's page and card and on /status,
// then brings it back and sees all of them clear; the owner's webhook was told both times.
const probedPort = Number(process.env.BAS_E2E_PROBED_PORT ?? '0');
const pengumumanBuild = fileURLToPath(new URL('../../apps/remotes/pengumuman/dist', import.meta.url));
const interval = 500;
let site: RemoteSites | undefined;

const serve = async () => {
  site = await startRemoteSites([{ name: 'pantau-uji', dir: pengumumanBuild }], {
    host: '127.0.0.1',
    firstPort: probedPort,
  });
};
const stop = async () => {
  await site?.close();
  site = undefined;
};
test.afterAll(stop);

/** What the owner's webhook has received about the test's app, oldest first. */
async function alertsOf(): Promise<string[]> {
  const alerts = (await (await fetch(process.env.BAS_E2E_ALERTS ?? '')).json()) as Array<{
    app: string;
    status: string;
  }>;
  return alerts.filter((alert) => alert.app === 'pantau-uji').map((alert) => alert.status);
}

async function statusOf(request: { get(url: string): Promise<{ json(): Promise<unknown> }> }) {
  const { apps } = (await (await request.get('/api/status')).json()) as {
    apps: Array<{ id: string; status: string }>;
  };
  return apps.find((app) => app.id === 'pantau-uji')?.status;
}

/** What /status says of the test's app, once it says `expected` (reloaded until then: it is read every 5 s). */
async function statusPageSays(page: Page, url: string, expected: RegExp) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('.service', { hasText: 'Uji Pemantauan' })).toContainText(expected, {
      timeout: 500,
    });
  }).toPass({ timeout: 15_000 });
}

async function consoleHealth(page: Page) {
  await page.goto('http://127.0.0.1:4230/katalog/pantau-uji');
  return page.locator('.health-now');
}

test('an app whose server stops is shown down everywhere within three probes, and clears when it is back', async ({
  page,
  request,
}) => {
  await serve();
  await expect.poll(() => statusOf(request), { timeout: 15_000 }).toBe('up');
  // Before the test the port was closed, so the owner may have been told of a down and an up already.
  await expect.poll(async () => (await alertsOf()).at(-1) ?? 'up').toBe('up');
  const alertsBefore = (await alertsOf()).length;

  await stop();
  const downMs = await timeUntil(async () => (await statusOf(request)) === 'down', 10_000);
  // Three failed probes, each due within an interval of the last; the status board is read at most every 5 s.
  expect(downMs).toBeLessThan(3 * interval + 5000 + 2000);

  // The app's page says so in place of a spinner and a timeout, with a way to try anyway.
  await expect(async () => {
    await page.goto('/layanan/pantau-uji');
    await expect(page.getByRole('status')).toContainText(
      /Uji Pemantauan sedang gangguan sejak \d{1,2}[.:]\d{2}/,
      {
        timeout: 1000,
      },
    );
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Tetap coba buka' })).toBeVisible();
  // Its card in the search results.
  await page.goto('/cari?q=Uji%20Pemantauan');
  await expect(page.locator('.app-card', { hasText: 'Uji Pemantauan' })).toContainText('Sedang gangguan');
  // The citizens' status page, without any script (the portal server reads the board at most every 5 s).
  await statusPageSays(page, '/status', /Gangguan sejak/);
  // The console, for an admin.
  await page.goto('http://127.0.0.1:4230/');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, 'admin');
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible({ timeout: 30_000 });
  await expect(await consoleHealth(page)).toContainText('Mati');

  await serve();
  const back = Date.now();
  await expect.poll(() => statusOf(request), { timeout: 10_000 }).toBe('up');
  await expect(async () => {
    await page.goto(`${new URL(test.info().project.use.baseURL ?? '').origin}/layanan/pantau-uji`);
    await expect(
      page
        .locator('.remote-host[data-app="pantau-uji"]')
        .getByRole('heading', { name: 'Pengumuman terbaru' }),
    ).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  const clearedMs = Date.now() - back;
  await statusPageSays(
    page,
    `${new URL(test.info().project.use.baseURL ?? '').origin}/status`,
    /Berjalan normal/,
  );
  await expect(await consoleHealth(page)).toContainText('Normal');
  // The owner was told both times, by the webhook.
  await expect.poll(async () => (await alertsOf()).slice(alertsBefore)).toEqual(['down', 'up']);
  chaosRow({
    fault: 'an agency app’s server stopped, then back (monitor every 0.5 s)',
    seen: `down after ${(downMs / 1000).toFixed(1)} s: “sedang gangguan sejak hh:mm” on its page and card, on /status and in the console`,
    recoveredMs: clearedMs,
    writesLost: 0,
  });
});
