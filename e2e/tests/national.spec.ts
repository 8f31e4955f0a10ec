import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DevStack } from '@bas/dev-stack';
import type { ManifestEntry } from '@bas/manifest';
import { nationalCatalog } from '@bas/manifest/seed';
import { shellLive } from '../support/shellLive.ts';
import { signIn } from '../support/signIn.ts';
import { startOwnPortal } from '../support/startOwnPortal.ts';
import { expect, test, type Page } from '../support/test.ts';

// The portal's journeys over a national catalog: Kota Bogor's seed (its sample apps served here) and the apps of
// Indonesia's other governments, generated, 27,000 in all (BAS_E2E_NATIONAL_CATALOG sets another size). What a
// visitor, a citizen and a civil servant do must work as it does over the city's 200.

const size = Number(process.env.BAS_E2E_NATIONAL_CATALOG ?? 27_000);
let stack: DevStack;
let dataDir: string;
const at = (path: string) => new URL(path, stack.url).href;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  dataDir = mkdtempSync(join(tmpdir(), 'bas-e2e-national-'));
  stack = await startOwnPortal(dataDir, (origins, pins) =>
    nationalCatalog({
      count: size,
      sampleApps: Object.fromEntries(origins),
      pins: Object.fromEntries(pins),
    }),
  );
});

test.afterAll(async () => {
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Cari layanan' });

/** Every request the page makes from now on, as its path and query. */
function requestsOf(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    asked.push(url.pathname + url.search);
  });
  return asked;
}

test('the home paints from a few kilobytes and counts every app', async ({ page }) => {
  const html = await (await fetch(stack.url)).text();
  const boot = /<script[^>]*id="bas-boot"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(boot.length).toBeGreaterThan(0);
  expect(boot.length).toBeLessThan(30_000);
  await page.goto(stack.url);
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  // Every public app, as a visitor sees the catalog.
  const visible = ((await (await fetch(at('/api/manifest'))).json()) as { entries: unknown[] }).entries
    .length;
  expect(visible).toBeGreaterThan(size / 2);
  // Grouped as Indonesian writes it: "Lihat semua 19.069 layanan".
  await expect(page.locator('.show-all')).toHaveText(
    `Lihat semua ${visible.toLocaleString('id-ID')} layanan`,
  );
  await shellLive(page);
});

test('a visitor searches, opens a service from the suggestions and comes back to it by its address', async ({
  page,
}) => {
  await page.goto(stack.url);
  await shellLive(page);
  const worker = page.waitForEvent('worker');
  await searchBox(page).fill('pengumuman');
  // Searched off the main thread, in the shell's search worker.
  expect((await worker).url()).toContain('catalogSearch.worker');
  const suggestion = page.getByRole('option', { name: /Pengumuman Kota Bogor/ });
  await expect(suggestion).toBeVisible({ timeout: 20_000 });
  await suggestion.click();
  await expect(page).toHaveURL(/\/layanan\/pengumuman$/);
  await expect(
    page.locator('.remote-host').getByRole('heading', { name: 'Pengumuman terbaru' }),
  ).toBeVisible();
  // A deep link, loaded afresh.
  await page.goto(at('/layanan/pengumuman'));
  await expect(page.locator('.remote-host').getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible(
    {
      timeout: 20_000,
    },
  );
});

test('a link to one app opens it from that app’s entry alone, without the list of 27,000', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(at('/layanan/pengumuman'));
  await expect(page.locator('.remote-host').getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible(
    { timeout: 20_000 },
  );
  expect(asked).toContain('/api/catalog/routes/pengumuman');
  expect(asked).not.toContain('/api/manifest');
  // Another page needs the list, and gets it.
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await expect(page.locator('.service-tiles a').first()).toBeVisible({ timeout: 30_000 });
  // An app the visitor may not see is not told apart from one that is not there: the sign-in page is offered.
  asked.length = 0;
  await page.goto(at('/layanan/siak'));
  await expect(page.locator('#username')).toBeVisible({ timeout: 20_000 });
  expect(asked).toContain('/api/catalog/routes/siak');
  expect(asked).not.toContain('/api/manifest');
});

test('an agency’s page lists its apps from that section alone, without the list of 27,000', async ({
  page,
}) => {
  const asked = requestsOf(page);
  await page.goto(at('/instansi/diskominfo'));
  // Its first apps, then all of them (more than a thousand Diskominfos across the country), the city's among them.
  await page.getByRole('button', { name: /^Tampilkan semua [\d.]+ layanan$/ }).click({ timeout: 20_000 });
  await expect(page.locator('.app-card h3', { hasText: 'Pengumuman Kota Bogor' })).toBeVisible({
    timeout: 30_000,
  });
  expect(asked).toContain('/api/catalog/entries?agency=diskominfo&first=48');
  expect(asked).toContain('/api/catalog/entries?agency=diskominfo');
  expect(asked.filter((path) => path.startsWith('/api/manifest'))).toEqual([]);
  // Its card opens the app from there.
  await page.getByRole('link', { name: 'Buka Pengumuman Kota Bogor' }).click();
  await expect(page.locator('.remote-host').getByRole('heading', { name: 'Pengumuman terbaru' })).toBeVisible(
    { timeout: 20_000 },
  );
});

test('a category of hundreds shows its first apps, and all of them when the person asks', async ({
  page,
}) => {
  const asked = requestsOf(page);
  await page.goto(at('/kategori/transportasi'));
  const cards = page.locator('.app-card');
  await expect(cards).toHaveCount(48, { timeout: 20_000 });
  expect(asked).toContain('/api/catalog/entries?category=transportasi&first=48');
  const all = page.getByRole('button', { name: /^Tampilkan semua [\d.]+ layanan$/ });
  const total = Number(/[\d.]+/.exec((await all.textContent()) ?? '')?.[0]?.replaceAll('.', ''));
  expect(total).toBeGreaterThan(100);
  await all.click();
  // The rest follow in steps, the first screens first.
  await expect(cards).toHaveCount(total, { timeout: 60_000 });
  await expect(all).toHaveCount(0);
  // The person goes on from the first card they had not seen, not from the top of the page.
  await expect(cards.nth(48).locator('h3')).toBeFocused();
  expect(asked).toContain('/api/catalog/entries?category=transportasi');
  expect(asked.filter((path) => path.startsWith('/api/manifest'))).toEqual([]);
});

test('the whole catalog page of 27,000 apps is a directory of its categories, without the list', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const directory = async () => {
    await expect(page.getByText(/^[\d.]+ layanan, terlalu banyak untuk satu halaman/)).toBeVisible();
    // Each category with how many apps it holds, one tap from its page.
    await expect(
      page.locator('.category-index').getByRole('link', { name: /^Kependudukan [\d.]+$/ }),
    ).toHaveAttribute('href', '/kategori/kependudukan');
    await expect(page.getByRole('link', { name: 'cari layanan yang Anda perlukan.' })).toHaveAttribute(
      'href',
      '/cari',
    );
    await expect(page.locator('.app-card')).toHaveCount(0);
  };
  // From the home's link, and by its address (the page then asks for the home's counts).
  await page.goto(stack.url);
  await shellLive(page);
  await page.locator('.show-all').click();
  await directory();
  await page.goto(at('/semua'));
  await directory();
  expect(asked).toContain('/api/catalog/home');
  expect(asked).not.toContain('/api/manifest');
});

test('the results page ranks the city’s own service first among thousands, and forgives a typo', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(at('/cari?q=ktp'));
  await expect(page.getByRole('status').filter({ hasText: 'layanan ditemukan' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.app-card h3').first()).toHaveText('Permohonan Dokumen Kependudukan');
  // Searched in the catalog's index, which the search worker fetched; the cards are the matches' whole entries,
  // asked for by id. The list of 27,000 is never loaded.
  expect(asked).toContain('/api/catalog/index');
  expect(asked).toContain('/api/catalog/entries');
  expect(asked).not.toContain('/api/manifest');
  await page.goto(at('/cari?q=puskesmass'));
  await expect(page.locator('.app-card h3').first()).toContainText('Puskesmas', { timeout: 30_000 });
});

test('a favourite starred on the results page is on the home', async ({ page }) => {
  await page.goto(at('/cari?q=pengumuman'));
  const star = page.getByRole('button', { name: 'Favorit: Pengumuman Kota Bogor' });
  await expect(star).toBeEnabled({ timeout: 30_000 });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  const favourite = page
    .getByRole('region', { name: 'Favorit Anda' })
    .getByRole('link', { name: 'Pengumuman Kota Bogor' });
  await expect(favourite).toBeVisible({ timeout: 30_000 });
  // Coming back another day: the home asks for the person's own apps by id, not for the list of 27,000.
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(stack.url);
  await expect(favourite).toBeVisible({ timeout: 20_000 });
  expect(asked).toContain('/api/catalog/entries');
  expect(asked).not.toContain('/api/manifest');
});

test('an internal app is never sent to a visitor, and a civil servant finds their agency’s', async ({
  page,
}) => {
  const anonymous = (await (await fetch(at('/api/manifest'))).json()) as { entries: ManifestEntry[] };
  expect(anonymous.entries.length).toBeGreaterThan(size / 3);
  expect(anonymous.entries.filter((entry) => entry.role === 'internal')).toEqual([]);
  await page.goto(at('/cari?q=siak'));
  // (Kabupaten Siak's own apps match; the city's internal SIAK must not.)
  await expect(page.getByRole('status').filter({ hasText: /ditemukan|siak/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: /^SIAK Terpusat/ })).toHaveCount(0);

  await page.goto(at('/ruang-kerja'));
  await signIn(page, 'asn.disdukcapil');
  await expect(page).toHaveURL(/\/ruang-kerja$/);
  await expect(
    page
      .getByRole('region', { name: 'Aplikasi Disdukcapil' })
      .getByRole('heading', { name: 'SIAK Terpusat', exact: true }),
  ).toBeVisible({ timeout: 30_000 });
});
