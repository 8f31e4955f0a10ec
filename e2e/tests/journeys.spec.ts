import { expect, test } from '../support/test.ts';
import { signIn } from '../support/signIn.ts';

test('a citizen finds services by search in Indonesian and in English', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Cari layanan' });
  await search.fill('KTP');
  const suggestions = page.getByRole('listbox', { name: 'Saran layanan' });
  await expect(suggestions.getByRole('option', { name: /Permohonan Dokumen Kependudukan/ })).toBeVisible();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const searchEn = page.getByRole('combobox', { name: 'Search services' });
  await searchEn.fill('property tax');
  await expect(page.getByRole('listbox').getByRole('option', { name: /Property Tax \(PBB\)/ })).toBeVisible();
  await searchEn.press('Enter');
  await expect(page).toHaveURL(/\/cari\?q=property%20tax/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Search results for "property tax"' }),
  ).toBeVisible();
  // Each page names its tab (WCAG 2.4.2), in the chosen language.
  await expect(page).toHaveTitle('Search results for "property tax" · BAS Kota Bogor');
  await expect(page.getByRole('link', { name: 'Open Property Tax (PBB): Check and Pay' })).toBeVisible();

  // The choice stays: on a reload, on a typed address, and on the home the server renders.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Search services' })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every Kota Bogor service in one portal');
  const served = await (await page.request.get('/')).text();
  expect(served).toContain('<html lang="en">');
  expect(served).toContain('Every Kota Bogor service in one portal');

  // The sign-in page speaks it too, and signing in keeps it.
  const signInButton = page.locator('header button:not([aria-busy="true"])', { hasText: /^Sign in$/ });
  await signInButton.click();
  await expect(page.locator('#kc-login')).toHaveText('Sign in');
  await signIn(page, 'warga');
  await expect(page.locator('.user-name')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every Kota Bogor service in one portal');
});

test('a citizen browses by category', async ({ page }) => {
  await page.goto('/');
  const health = page.getByRole('region', { name: 'Kesehatan' });
  await health.getByRole('link', { name: 'Buka Jadwal Posyandu' }).click();
  await expect(page).toHaveURL(/\/layanan\/jadwal-posyandu$/);
  await expect(page.getByRole('link', { name: /Buka Jadwal Posyandu \(tab baru\)/ })).toHaveAttribute(
    'rel',
    /noopener/,
  );
  // The new page starts at its top with the header and search in view; focus is on its content.
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('combobox', { name: 'Cari layanan' })).toBeInViewport();
});

test('keyboard only: search, open a service, go back, sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.app-card').first()).toBeVisible();
  // The skip link comes first, then the brand, then the search.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Langsung ke konten' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Cari layanan' })).toBeFocused();
  await page.keyboard.type('pengumuman');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/layanan\/pengumuman$/);
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('.remote-host[data-app="pengumuman"] h2')).toBeVisible();

  // Back, by keyboard: from the app's content one step back reaches the main navigation's home link.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Beranda' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('button', { name: 'Masuk', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#username')).toBeFocused();
  await page.keyboard.type('warga');
  await page.keyboard.press('Tab');
  await page.keyboard.type('bas-demo');
  await page.keyboard.press('Enter');
  await expect(page.locator('.user-name')).toHaveText('Masuk sebagai Siti Rahmawati', { timeout: 20_000 });
});

test('favourites and recently used apps stay on the device, through signing in', async ({ page }) => {
  await page.goto('/');
  const star = page.getByRole('button', { name: 'Favorit: Akta Kelahiran' }).first();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Buka Jadwal Posyandu' }).first().click();
  await expect(page).toHaveURL(/\/layanan\/jadwal-posyandu$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  const favourites = page.getByRole('region', { name: 'Favorit Anda' });
  const recent = page.getByRole('region', { name: 'Terakhir dibuka' });
  await expect(favourites.getByRole('heading', { name: 'Akta Kelahiran' })).toBeVisible();
  await expect(recent.getByRole('heading', { name: 'Jadwal Posyandu' })).toBeVisible();

  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, 'warga');
  await expect(page.locator('.user-name')).toBeVisible({ timeout: 20_000 });
  await expect(favourites.getByRole('heading', { name: 'Akta Kelahiran' })).toBeVisible();
  await expect(recent.getByRole('heading', { name: 'Jadwal Posyandu' })).toBeVisible();
});

test('a citizen browses by life event and by agency', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Layanan menurut peristiwa hidup' })
    .getByRole('link', { name: 'Kelahiran anak' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kelahiran anak' })).toBeVisible();
  await expect(page).toHaveTitle('Kelahiran anak · BAS Kota Bogor');
  await expect(page.getByRole('heading', { name: 'Akta Kelahiran' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await page.getByText('Telusuri menurut perangkat daerah').click();
  await page.getByRole('link', { name: 'Dinas Perhubungan (Dishub)', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dinas Perhubungan (Dishub)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Biskita Trans Pakuan' })).toBeVisible();
});

test('an app that needs an account asks to sign in and returns the person to it', async ({ page }) => {
  await page.goto('/layanan/akta-kelahiran');
  await expect(
    page.getByText('Akta Kelahiran memerlukan akun. Silakan masuk untuk membukanya.'),
  ).toBeVisible();
  await page.locator('.login-required').getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, 'warga');
  await expect(page).toHaveURL(/\/layanan\/akta-kelahiran$/, { timeout: 20_000 });
  await expect(page.locator('.user-name')).toBeVisible();
  // Back at the app (whose legacy site this sandbox cannot reach, so it says so in its own area).
  await expect(page.getByRole('heading', { level: 1, name: 'Akta Kelahiran' })).toBeVisible();
  await expect(page.locator('.login-required')).toHaveCount(0);
});
