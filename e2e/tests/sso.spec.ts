import { expect, test, type Page } from '../support/test.ts';
import { signIn } from '../support/signIn.ts';
import { shellLive } from '../support/shellLive.ts';
import { testPortal } from '../support/testPortal.ts';
import { chaosRow } from '../support/chaosRow.ts';

// One suite, two identity providers: the project decides (sso-dev-idp on :4200, sso-keycloak on :4201).
const onKeycloak = () => test.info().project.name === 'sso-keycloak';
const idpUrl = () => (onKeycloak() ? process.env.BAS_E2E_KEYCLOAK : process.env.BAS_E2E_DEV_IDP) ?? '';

test.beforeEach(() => {
  const unavailable = onKeycloak() ? testPortal.keycloakUnavailable : undefined;
  test.skip(unavailable !== undefined, `real Keycloak not running: ${unavailable}`);
});

const userName = (page: Page) => page.locator('.user-name');

async function signInFromHome(page: Page, username: string) {
  await page.goto('/');
  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, username);
  // A freshly started Keycloak (a cold JVM) can take several seconds over its first sign-ins.
  await expect(userName(page)).toBeVisible({ timeout: 30_000 });
}

/**
 * The portal's own token, read off the wire as the auth frame sends it to its server for the personal catalog. No
 * script of the portal page can see it; the test can, and uses it to check what the token would be worth.
 */
function capturePortalToken(page: Page): { latest(): string | undefined } {
  let token: string | undefined;
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    const url = new URL(request.url());
    if (
      url.pathname === '/manifest' &&
      url.origin !== new URL(page.url()).origin &&
      authorization !== undefined
    )
      token = authorization;
  });
  return { latest: () => token };
}

test('a citizen signs in and sees public services only; the registry refuses them the internal catalog', async ({
  page,
  request,
}) => {
  const tokens = capturePortalToken(page);
  await signInFromHome(page, 'warga');
  await expect(userName(page)).toHaveText('Masuk sebagai Siti Rahmawati');
  // Public services only: the category index has no civil servants' categories, population documents are there.
  const categories = page.getByRole('region', { name: 'Kategori layanan' });
  await expect(categories.getByRole('link', { name: /^Kependudukan/ })).toBeVisible();
  await expect(categories.getByRole('link', { name: /^Kepegawaian/ })).toHaveCount(0);
  await categories.getByRole('link', { name: /^Kependudukan/ }).click();
  await expect(page.getByRole('link', { name: 'Buka Akta Kelahiran' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ruang kerja ASN' })).toHaveCount(0);

  await expect.poll(() => tokens.latest()).toBeDefined();
  const manifest = await request.get('/api/manifest', { headers: { authorization: tokens.latest() ?? '' } });
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { entries: Array<{ id: string; role: string }> };
  expect(body.entries.length).toBeGreaterThan(100);
  expect(body.entries.filter((entry) => entry.role === 'internal')).toEqual([]);

  await page.goto('/ruang-kerja');
  await expect(page.getByRole('heading', { name: 'Tidak tersedia untuk akun Anda' })).toBeVisible();
});

test('the sign-in page speaks the language the person chose, and signing in keeps it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.locator('header').getByRole('button', { name: 'Sign in' }).click();
  // Keycloak's own page (its realm speaks id and en) and the dev IdP's both follow the portal's ui_locales.
  await expect(page.locator('#kc-login')).toHaveText(/^\s*Sign in\s*$/i);
  await signIn(page, 'warga');
  await expect(userName(page)).toHaveText('Signed in as Siti Rahmawati', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('#kc-login')).toHaveText(/^\s*Masuk\s*$/i);
});

test('an admin signed in to the portal holds a token with portal roles only, which the registry refuses for admin work', async ({
  page,
  request,
}) => {
  const tokens = capturePortalToken(page);
  await signInFromHome(page, 'admin');
  await expect.poll(() => tokens.latest()).toBeDefined();
  const authorization = tokens.latest() ?? '';
  const claims = JSON.parse(Buffer.from(authorization.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    azp?: string;
    realm_access?: { roles?: string[] };
  };
  expect(claims.azp).toBe('bas-shell');
  expect(claims.realm_access?.roles ?? []).not.toContain('admin');
  // Even if this token left the auth frame, it could not take an app out of the catalog.
  const disable = await request.post('/api/apps/pengumuman/disable', { headers: { authorization } });
  expect(disable.status()).toBe(403);
  expect(((await disable.json()) as { message: string }).message).toContain('A token of bas-shell may not');
});

test('a civil servant signs in and finds their agency’s internal apps in the workspace', async ({ page }) => {
  await signInFromHome(page, 'asn.disdukcapil');
  await expect(userName(page)).toHaveText('Masuk sebagai Budi Santoso');
  await page.getByRole('link', { name: 'Ruang kerja ASN' }).click();
  const own = page.getByRole('region', { name: 'Aplikasi Disdukcapil' });
  await expect(own.getByRole('heading', { name: 'SIAK Terpusat' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Aplikasi internal lainnya' })
      .getByRole('heading', { name: 'SIMPEG Kota Bogor' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tunjangan dan Sertifikasi Guru' })).toHaveCount(0);
});

test('an anonymous visitor following an internal link signs in and comes back to it', async ({ page }) => {
  await page.goto('/ruang-kerja');
  await signIn(page, 'asn.bkpsdm');
  await expect(page).toHaveURL(/\/ruang-kerja$/);
  await expect(
    page.getByRole('region', { name: 'Aplikasi BKPSDM' }).getByRole('heading', { name: 'SIMPEG Kota Bogor' }),
  ).toBeVisible();
});

test('the token is refreshed before it expires, and the person stays signed in', async ({ page }) => {
  await page.clock.install();
  // The person's catalog, fetched by the auth frame after signing in: the clock jumps only once it has arrived, or
  // the jump would time out a request still on its way (on a freshly started portal it can be).
  const personalCatalog = page.waitForResponse(
    (response) =>
      response.url().endsWith('/manifest') && response.request().headers().authorization !== undefined,
  );
  await signInFromHome(page, 'asn.disdukcapil');
  await (await personalCatalog).finished();
  const refresh = page.waitForRequest(
    (request) =>
      request.url().endsWith('/protocol/openid-connect/token') &&
      (request.postData() ?? '').includes('grant_type=refresh_token'),
  );
  await page.clock.fastForward('04:45');
  const response = await (await refresh).response();
  expect(response?.status()).toBe(200);
  // The first tap after the server-rendered page waits for the shell (a tap while it hydrates can be lost).
  await shellLive(page);
  await page.getByRole('link', { name: 'Ruang kerja ASN' }).click();
  await expect(page.getByRole('region', { name: 'Aplikasi Disdukcapil' })).toBeVisible();
  await expect(userName(page)).toBeVisible();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('two tabs refresh without racing each other for the rotated refresh token', async ({ context }) => {
  const first = await context.newPage();
  await first.clock.install();
  await signInFromHome(first, 'asn.disdukcapil');
  const second = await context.newPage();
  await second.clock.install();
  await second.goto('/');
  await expect(userName(second)).toBeVisible();
  for (const page of [first, second, first]) await page.clock.fastForward('04:45');
  for (const page of [first, second]) {
    await page.getByRole('link', { name: 'Ruang kerja ASN' }).click();
    await expect(page.getByRole('region', { name: 'Aplikasi Disdukcapil' })).toBeVisible();
    await expect(page.locator('[data-notice="sessionEnded"]')).toHaveCount(0);
  }
});

test('signing out ends the session at the identity provider', async ({ page }) => {
  await signInFromHome(page, 'warga');
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(page.locator('header').getByRole('button', { name: 'Masuk' })).toBeVisible();
  await expect(userName(page)).toHaveCount(0);
  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('#username')).toBeVisible();
});

test('a session ended elsewhere is reported when the refresh fails, without a redirect loop', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.clock.install();
  await signInFromHome(page, 'warga');
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(other.locator('header').getByRole('button', { name: 'Masuk' })).toBeVisible();

  await page.clock.fastForward('04:45');
  await expect(page.getByRole('alert').filter({ hasText: 'Sesi Anda telah berakhir' })).toBeVisible();
  await expect(page.locator('header').getByRole('button', { name: 'Masuk' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(test.info().project.use.baseURL ?? '').origin);
  chaosRow({
    fault: `the session's refresh refused by the identity provider (${onKeycloak() ? 'Keycloak' : 'dev IdP'})`,
    seen: '“Sesi Anda telah berakhir” and “Masuk”, on the same page, no redirect loop',
    writesLost: 0,
  });
});

test('the identity provider down when the token is refreshed: the person stays signed in, and it recovers by itself', async ({
  page,
}) => {
  await page.clock.install();
  // The personal catalog the sign-in fetches must be in before the page's clock jumps: a jump while it is on the way
  // fires its timeout at once, and the portal falls back to its stored copy (seen once in CI).
  const personalCatalog = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/manifest' &&
      response.request().headers().authorization !== undefined,
  );
  await signInFromHome(page, 'asn.disdukcapil');
  await personalCatalog;
  const tokenEndpoint = `${idpUrl()}/**/protocol/openid-connect/token`;
  await page.route(tokenEndpoint, (route) => route.abort('connectionrefused'));
  await page.clock.fastForward('04:45');
  const notice = page.locator('[data-notice="refreshDelayed"]');
  await expect(notice).toHaveText(/tidak dapat dihubungi.*Anda tetap masuk/);
  await expect(userName(page)).toBeVisible();
  // The token still valid serves meanwhile: the person's workspace opens.
  await page.getByRole('link', { name: 'Ruang kerja ASN' }).click();
  await expect(page.getByRole('region', { name: 'Aplikasi Disdukcapil' })).toBeVisible();

  await page.unroute(tokenEndpoint);
  // On the page's clock: the frame tries again every 10 s; counted in steps of one second from the IdP's return.
  let recoveredMs = 0;
  await expect(async () => {
    await page.clock.fastForward(1000);
    recoveredMs += 1000;
    await expect(notice).toHaveCount(0, { timeout: 200 });
  }).toPass({ timeout: 30_000 });
  await expect(userName(page)).toBeVisible();
  await expect(page.locator('[data-notice="sessionEnded"]')).toHaveCount(0);
  chaosRow({
    fault: `identity provider down during a token refresh, then back (${onKeycloak() ? 'Keycloak' : 'dev IdP'})`,
    seen: 'still signed in, the workspace works; “Layanan masuk (SSO) sedang tidak dapat dihubungi. Anda tetap masuk”',
    recoveredMs,
    writesLost: 0,
  });
  expect(recoveredMs).toBeLessThanOrEqual(11_000);
});

test('with the identity provider down the public portal works and sign-in says so, with a retry', async ({
  page,
}) => {
  const idp = idpUrl();
  await page.route(`${idp}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'Layanan masuk (SSO) sedang tidak dapat dihubungi' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'Coba masuk lagi' }).click();
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/127\.0\.0\.1:420[01]\/$/);

  await page.unroute(`${idp}/**`);
  const back = Date.now();
  await notice.getByRole('button', { name: 'Coba masuk lagi' }).click();
  await expect(page.locator('#username')).toBeVisible({ timeout: 15_000 });
  chaosRow({
    fault: `identity provider down at start (${onKeycloak() ? 'Keycloak' : 'dev IdP'})`,
    seen: 'public pages; “Layanan masuk (SSO) sedang tidak dapat dihubungi” with “Coba masuk lagi”',
    recoveredMs: Date.now() - back,
    writesLost: 0,
  });
});
