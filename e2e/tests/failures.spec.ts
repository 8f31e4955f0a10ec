import { expect, test, type Page } from '../support/test.ts';
import { openFromCatalog } from '../support/openFromCatalog.ts';
import { shellLive } from '../support/shellLive.ts';
import { testPortal } from '../support/testPortal.ts';

/** The fallback in the app's area, and proof that the rest of the portal still works. */
async function expectContainedFailure(page: Page, app: string, reason: string) {
  const failure = page.getByRole('alert').filter({ hasText: `${app} sedang tidak dapat dibuka` });
  await expect(failure).toContainText(reason, { timeout: 15_000 });
  await expect(failure.getByRole('button', { name: 'Coba lagi' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await expect(
    page.locator('.remote-host[data-app="pengumuman"]').getByRole('heading', { name: 'Pengumuman terbaru' }),
  ).toBeVisible();
}

test('a remote whose files are missing (404)', async ({ page }) => {
  await page.goto('/layanan/layanan-hilang');
  await expectContainedFailure(page, 'Layanan Hilang', 'Server aplikasi tidak dapat dihubungi.');
});

test('a remote whose server sends no CORS headers', async ({ page }) => {
  await page.goto('/layanan/layanan-tanpa-cors');
  await expectContainedFailure(page, 'Layanan Tanpa CORS', 'Server aplikasi tidak dapat dihubungi.');
});

test('a remote that throws while it is mounted', async ({ page }) => {
  await page.goto('/layanan/gagal-dipasang');
  await expectContainedFailure(page, 'Layanan Gagal Dipasang', 'Aplikasi mengalami galat saat berjalan.');
});

test('a remote that throws later, while rendering', async ({ page }) => {
  await page.goto('/layanan/gagal-berjalan');
  await expect(page.getByText('Aplikasi ini akan gagal sebentar lagi.')).toBeVisible();
  await expectContainedFailure(page, 'Layanan Gagal Berjalan', 'Aplikasi mengalami galat saat berjalan.');
});

test('a remote that keeps failing is not hammered: the circuit opens', async ({ page }) => {
  let requests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/tidak-ada/')) requests += 1;
  });
  await page.goto('/layanan/layanan-hilang');
  const failure = page.getByRole('alert').filter({ hasText: 'Layanan Hilang sedang tidak dapat dibuka' });
  // Three failed loads open the circuit; the fourth is refused at once, without a request.
  for (let round = 0; round < 3; round += 1) {
    await expect(failure.getByRole('button', { name: 'Coba lagi' })).toBeVisible({ timeout: 15_000 });
    await failure.getByRole('button', { name: 'Coba lagi' }).click();
  }
  await expect(failure).toContainText('gagal dimuat berulang kali', { timeout: 15_000 });
  const afterOpen = requests;
  await failure.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(failure).toContainText('gagal dimuat berulang kali');
  expect(requests).toBe(afterOpen);
});

test('the registry unreachable: the portal shows the catalog it saved, and says so', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  await shellLive(page);
  // The copy lives on the auth origin, where the frame keeps what it fetched itself (no app can rewrite it).
  const authFrame = () => page.frames().find((frame) => frame.url().endsWith('/frame.html'));
  await expect
    .poll(() => authFrame()?.evaluate(() => localStorage.getItem('bas.catalog') !== null) ?? false)
    .toBe(true);
  await page.route('**/api/manifest', (route) => route.abort('connectionrefused'));
  // Without the registry the portal's server cannot render the catalog into the home page: it sends the static one.
  // (Any other path of the portal answers with that static page.)
  await page.route(
    (url) => url.href === testPortal.url,
    (route) => route.continue({ url: new URL('/halaman-statis', testPortal.url).href }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'salinan tersimpan' })).toBeVisible();
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await expect(
    page.locator('.remote-host[data-app="pengumuman"]').getByRole('heading', { name: 'Pengumuman terbaru' }),
  ).toBeVisible();
});

test('a legacy app opens in a sandboxed, titled frame sized to its content', async ({ page }) => {
  await page.goto('/layanan/aplikasi-lama');
  const frame = page.locator('iframe.app-frame');
  await expect(frame).toHaveAttribute('title', /Aplikasi Lama/);
  await expect(frame).toHaveAttribute(
    'sandbox',
    'allow-scripts allow-forms allow-same-origin allow-downloads allow-modals',
  );
  await expect(
    page.frameLocator('iframe.app-frame').getByRole('heading', { name: 'Aplikasi lama' }),
  ).toBeVisible();
  const contentHeight = await page
    .frameLocator('iframe.app-frame')
    .locator('html')
    .evaluate((html) => html.scrollHeight);
  expect(contentHeight).toBeGreaterThan(1234);
  await expect.poll(async () => Math.round((await frame.boundingBox())?.height ?? 0)).toBe(contentHeight);
});

test('a legacy app whose site does not answer fails in its own area within the timeout, with a retry', async ({
  page,
}) => {
  await page.goto('/layanan/aplikasi-mati');
  const failure = page.getByRole('alert');
  // Not a grey frame with the browser's error page: the portal's own message, as for a federated app.
  await expect(failure).toContainText('Aplikasi Mati sedang tidak dapat dibuka', {
    timeout: testPortal.remoteTimeoutMs + 3000,
  });
  await expect(page.locator('iframe.app-frame')).toHaveCount(0);
  // Every other way to the service: its own address, and the office with its phone and hours.
  await expect(
    failure.getByRole('link', { name: /Buka Aplikasi Mati di alamatnya sendiri/ }),
  ).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(failure).toContainText('Layanan ini juga dapat diperoleh langsung di');
  await expect(failure).toContainText('Mal Pelayanan Publik, loket 7');
  await expect(failure.getByRole('link', { name: '(0251) 8321075' })).toHaveAttribute(
    'href',
    'tel:02518321075',
  );
  await expect(failure).toContainText('Senin-Jumat 08.00-15.00');
  await failure.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('alert')).toContainText('Aplikasi Mati sedang tidak dapat dibuka');
});

test('an app under maintenance shows a notice instead of loading', async ({ page }) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/mf-manifest.json')) loads.push(request.url());
  });
  await page.goto('/layanan/layanan-perbaikan');
  await expect(page.getByRole('status')).toHaveText(
    'Layanan Perbaikan sedang dalam pemeliharaan. Silakan coba beberapa saat lagi.',
  );
  expect(loads).toEqual([]);
});

test('an app starts loading when the person shows intent, before the click', async ({ page }) => {
  await page.goto('/');
  await shellLive(page);
  await page.locator('.show-all').click();
  const link = page.getByRole('link', { name: 'Buka Pengumuman Kota Bogor' });
  await expect(link).toBeVisible();
  const manifest = page.waitForRequest((request) => request.url().endsWith('/mf-manifest.json'));
  await link.hover();
  await manifest;
  expect(page.url()).not.toContain('/layanan/');
  await link.click();
  await expect(page.locator('.remote-host[data-app="pengumuman"] h2')).toBeVisible();
});
