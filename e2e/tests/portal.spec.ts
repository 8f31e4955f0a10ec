import { expect, test, type Page } from '../support/test.ts';
import { openFromCatalog } from '../support/openFromCatalog.ts';
import { shellLive } from '../support/shellLive.ts';
import { testPortal } from '../support/testPortal.ts';

/** Everything the page reports as broken: uncaught exceptions and console errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

const remoteArea = (page: Page) => page.locator('.remote-host[data-app="pengumuman"]');

test('the remote renders inside the portal with the shell’s React and router', async ({ page }) => {
  const remoteScripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(testPortal.remoteOrigin) && response.url().endsWith('.js')) {
      remoteScripts.push(response.text());
    }
  });
  await page.goto(testPortal.url);
  await openFromCatalog(page, 'Pengumuman Kota Bogor');

  await expect(page).toHaveURL(/\/layanan\/pengumuman$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pengumuman Kota Bogor' })).toBeVisible();
  await expect(remoteArea(page).getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible();

  // The remote's own link moves the shell's URL, and the shell's history moves the remote.
  await remoteArea(page).getByRole('link', { name: 'Pembayaran PBB 2027 dibuka' }).click();
  await expect(page).toHaveURL(/\/layanan\/pengumuman\/pbb-2027$/);
  await expect(remoteArea(page).getByRole('heading', { name: 'Pembayaran PBB 2027 dibuka' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/layanan\/pengumuman$/);
  await expect(remoteArea(page).getByRole('link', { name: 'Car Free Day di Jalan Sudirman' })).toBeVisible();

  // The remote reads the shell's language through a hook of the shared SDK store: that hook only works when the
  // remote renders with the shell's React, and only updates when both use the one store.
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(remoteArea(page).getByRole('heading', { name: 'Latest announcements' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Kota Bogor Announcements' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();

  // …and neither React DOM nor react-router came from the remote's origin (each marked by a string of its own).
  const scripts = await Promise.all(remoteScripts);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((source) => source.includes('__reactContainer$'))).toHaveLength(0);
  expect(scripts.filter((source) => source.includes('inside another <Router>'))).toHaveLength(0);
});

test('a deep link into a remote page works on a fresh load', async ({ page }) => {
  await page.goto(new URL('/layanan/pengumuman/posyandu', testPortal.url).href);
  await expect(
    remoteArea(page).getByRole('heading', { name: 'Jadwal Posyandu bulan Desember' }),
  ).toBeVisible();
  await remoteArea(page).getByRole('link', { name: 'Semua pengumuman' }).click();
  await expect(page).toHaveURL(/\/layanan\/pengumuman$/);
});

test('a remote whose server is down fails in its own area and offers a retry', async ({ page }) => {
  await page.goto(new URL('/layanan/layanan-mati', testPortal.url).href);
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('Layanan Mati sedang tidak dapat dibuka');
  await expect(failure).toContainText('Server aplikasi tidak dapat dihubungi.');
  const retry = failure.getByRole('button', { name: 'Coba lagi' });
  await expect(retry).toBeVisible();

  // A retry tries again (and fails again, the server is still down) without breaking anything.
  await retry.click();
  await expect(page.getByRole('alert')).toContainText('Server aplikasi tidak dapat dihubungi.');

  // The rest of the shell keeps working: its navigation leads to the working remote.
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await expect(remoteArea(page).getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible();
});

test('a remote that never answers fails within the configured timeout', async ({ page }) => {
  await page.goto(new URL('/layanan/layanan-macet', testPortal.url).href);
  await expect(page.getByRole('status')).toContainText('Memuat Layanan Macet');
  const started = Date.now();
  // Generous margin over the 2 s timeout: this proves the load ends, not how fast the machine is.
  await expect(page.getByRole('alert')).toContainText('tidak menjawab dalam 2 detik', { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Beranda' })).toBeVisible();
});

test('the happy path logs no errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(testPortal.url);
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await remoteArea(page).getByRole('link', { name: 'Car Free Day di Jalan Sudirman' }).click();
  await expect(
    remoteArea(page).getByRole('heading', { name: 'Car Free Day di Jalan Sudirman' }),
  ).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Semua layanan Kota Bogor dalam satu portal' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the home page offers the services before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(testPortal.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Semua layanan Kota Bogor dalam satu portal',
  );
  // The popular services, the life events and the category index come with the page.
  const popular = page.getByRole('region', { name: 'Layanan populer' });
  await expect(popular.getByRole('link')).toHaveCount(8);
  await expect(popular.getByRole('link').first()).toHaveText('Permohonan Dokumen Kependudukan');
  await expect(page.getByRole('region', { name: 'Kategori layanan' }).getByRole('link').first()).toHaveText(
    /^Kependudukan \d+$/,
  );
  // Controls that need the shell wait for it; links and the search form work as plain HTML.
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toBeDisabled();
  await popular.getByRole('link', { name: 'Permohonan Dokumen Kependudukan' }).click();
  await expect(page).toHaveURL(/\/layanan\/dokumen-kependudukan$/);
  await page.goBack();
  await page.getByRole('combobox', { name: 'Cari layanan' }).fill('KTP');
  await page.getByRole('combobox', { name: 'Cari layanan' }).press('Enter');
  await expect(page).toHaveURL(/\/cari\?q=KTP$/);
  await context.close();
});

test('the shell takes over the rendered home without a mismatch, keeping what was typed', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(testPortal.url);
  await shellLive(page);
  // The rendered page now answers to the shell: the language switch re-renders it in place.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Popular services' })).toBeVisible();
  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Layanan populer' })).toBeVisible();
  expect(errors).toEqual([]);

  // Someone who types before the shell's script has run still gets the suggestions for it.
  await page.route('**/assets/mf-entry-bootstrap-*.js', async (route) => {
    await page.getByRole('combobox', { name: 'Cari layanan' }).fill('KTP');
    await route.continue();
  });
  await page.reload();
  await expect(
    page
      .getByRole('listbox', { name: 'Saran layanan' })
      .getByRole('option', { name: /Permohonan Dokumen Kependudukan/ }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy is enforced: a script injected into the page does not run', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/layanan/pengumuman');
  await expect(
    page.locator('.remote-host').getByRole('heading', { name: 'Pengumuman terbaru' }),
  ).toBeVisible();
  // As markup injected through a hole would: an inline script, an inline handler, and a script from elsewhere.
  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.injected = "inline"';
    document.body.append(inline);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.injected = "handler"');
    image.src = 'data:,';
    document.body.append(image);
    const foreign = document.createElement('script');
    foreign.src = 'https://jahat.example/curi.js';
    document.body.append(foreign);
  });
  await expect.poll(() => cspViolations.length).toBe(3);
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  expect(cspViolations.map((violation) => violation.directive).sort()).toEqual([
    'script-src-attr',
    'script-src-elem',
    'script-src-elem',
  ]);
  cspViolations.length = 0;
});

test("an app's page is rendered in the click's own task, so it is painted in the frame after the click", async ({
  page,
}) => {
  await page.goto(testPortal.url);
  await shellLive(page);
  await page.locator('.show-all').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semua layanan' })).toBeVisible();
  // The shell prepares the first opening once idle (the app page's code, the federation host).
  await page.waitForLoadState('networkidle');
  // A listener on the window hears the click after the shell's, once the microtasks the shell's queued have run:
  // what it sees is in the page before the browser's next frame.
  await page.evaluate(() => {
    window.addEventListener('click', () => {
      document.body.dataset.seenInClick = `${location.pathname} ${document.querySelector('.remote-host') !== null}`;
    });
  });
  await page.getByRole('link', { name: 'Buka Pengumuman Kota Bogor' }).first().click();

  await expect(page.locator('body')).toHaveAttribute('data-seen-in-click', '/layanan/pengumuman true');
  await expect(remoteArea(page).getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible();
});

test("an app's own files are asked for as soon as its card is pointed at, beside its manifest, not after it", async ({
  page,
}) => {
  // Straight to the list, the pointer nowhere near it: no card is pointed at before the one the test points at.
  await page.mouse.move(0, 0);
  await page.goto(new URL('/semua', testPortal.url).href);
  await shellLive(page);
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Buka Pengumuman Kota Bogor' }).first().hover();

  // The page's own clock: the entry file was asked for before the manifest that also names it had come back.
  const timing = (suffix: string) =>
    page.waitForFunction(
      (end) =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .find((entry) => entry.name.endsWith(end) && entry.responseEnd > 0)
          ?.toJSON() as { name: string; startTime: number; responseEnd: number } | undefined,
      suffix,
    );
  const [entry, manifest] = await Promise.all([
    timing('/remoteEntry.js').then(
      async (handle) => (await handle.jsonValue()) ?? { name: '', startTime: 0 },
    ),
    timing('/mf-manifest.json').then(async (handle) => (await handle.jsonValue()) ?? { responseEnd: 0 }),
  ]);
  expect(entry.startTime).toBeLessThan(manifest.responseEnd);
  // Pinned by the hash the catalog gives it.
  await expect(page.locator(`link[rel="modulepreload"][href="${entry.name}"]`)).toHaveAttribute(
    'integrity',
    /^sha384-/,
  );
});
