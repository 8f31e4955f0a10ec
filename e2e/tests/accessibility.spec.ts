import { expect, test, type Page } from '../support/test.ts';
import { expectNoViolations } from '../support/expectNoViolations.ts';

async function signIn(page: Page, username: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('bas-demo');
  await page.locator('#kc-login').click();
}

for (const language of ['ID', 'EN'] as const) {
  test(`the main pages meet WCAG 2.2 AA (axe) in ${language}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect(page.locator('.service-tiles a').first()).toBeVisible();
    await expectNoViolations(page, `home (${language})`);

    await page.getByRole('combobox').fill('pajak');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cari\?q=pajak/);
    await expect(page.locator('.app-card').first()).toBeVisible();
    await expectNoViolations(page, `search results (${language})`);

    await page.getByRole('combobox').fill('xylofon');
    await page.keyboard.press('Enter');
    await expect(page.locator('.service-tiles a').first()).toBeVisible();
    await expectNoViolations(page, `search without results (${language})`);

    const pages: ReadonlyArray<readonly [string, string]> = [
      ['/semua', 'all services'],
      ['/kategori/kesehatan', 'a category'],
      ['/peristiwa/kelahiran', 'a life event journey'],
    ];
    for (const [path, what] of pages) {
      await page.goto(path);
      await expect(page.locator('.app-card').first()).toBeVisible();
      await expectNoViolations(page, `${what} (${language})`);
    }

    await page.goto('/layanan/aplikasi-mati');
    await expect(page.locator('.offline-alternative')).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page, `a legacy app's failure with its office (${language})`);

    await page.goto('/layanan/pengumuman');
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect(page.locator('.remote-host[data-app="pengumuman"] h2')).toBeVisible();
    await expectNoViolations(page, `an app page (${language})`);

    await page.goto('/layanan/layanan-mati');
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect(page.locator('.remote-failure')).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page, `the error fallback (${language})`);

    await page.goto('/ruang-kerja');
    await signIn(page, 'asn.disdukcapil');
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect(page.getByRole('region').first()).toBeVisible();
    await expectNoViolations(page, `the workspace (${language})`);
  });
}

test('the status page meets WCAG 2.2 AA (axe) without any script', async ({ page }) => {
  await page.goto('/status');
  await expect(page.getByRole('heading', { level: 1, name: 'Status layanan' })).toBeVisible();
  await expectNoViolations(page, 'the status page');
});

test('Pusat Kendali meets WCAG 2.2 AA (axe): queue, catalog, an app, audit, SPBE evidence', async ({
  page,
}) => {
  // The console's origin: the portal's port + 30.
  const address = new URL(test.info().project.use.baseURL ?? '');
  address.port = String(Number(address.port) + 30);
  const consoleOrigin = address.origin;
  await page.goto(`${consoleOrigin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'the console’s sign-in page');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, 'admin');
  const pages: ReadonlyArray<readonly [string, string]> = [
    ['/antrean', 'the approval queue'],
    ['/katalog', 'the catalog'],
    ['/katalog/pengumuman', 'an app'],
    ['/audit', 'the audit log'],
    ['/spbe', 'the SPBE evidence'],
  ];
  for (const [path, what] of pages) {
    await page.goto(`${consoleOrigin}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Memuat' })).toHaveCount(0, { timeout: 15_000 });
    await expectNoViolations(page, `${what} of the console`);
    // Usable at 360 px: wide tables scroll in their own region, the page itself never sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      `${what} of the console is wider than the screen`,
    ).toBeLessThanOrEqual(0);
  }
});
