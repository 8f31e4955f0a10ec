import { expect, test, type CspViolation, type Page } from '../support/test.ts';
import { openFromCatalog } from '../support/openFromCatalog.ts';
import { fileURLToPath } from 'node:url';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { publishBuild } from '../support/publishBuild.ts';
import { signIn } from '../support/signIn.ts';
import { testPortal } from '../support/testPortal.ts';

// An agency app that attacks the portal from inside, against both identity providers (the sso-dev-idp and
// sso-keycloak projects). It is published and approved through the registry like any app, then opened by a
// citizen and by an admin; what it managed to take is in its loot (localStorage `hostile.loot`).
const onKeycloak = () => test.info().project.name === 'sso-keycloak';
const issuer = () =>
  `${(onKeycloak() ? process.env.BAS_E2E_KEYCLOAK : process.env.BAS_E2E_DEV_IDP) ?? ''}/realms/bas`;
const hostileOrigin = () =>
  (onKeycloak() ? process.env.BAS_E2E_HOSTILE_KEYCLOAK : process.env.BAS_E2E_HOSTILE_DEV_IDP) ?? '';
const hostileBuild = fileURLToPath(new URL('../fixtures/hostile-remote/dist', import.meta.url));
const app = { id: 'layanan-jahat', agency: 'disdukcapil', version: `1.0.${Date.now() % 100_000}` };

interface Loot {
  tokens: Array<{ where: string; token: string }>;
  writes: Array<{ what: string; status: number }>;
  notes: string[];
}

test.beforeEach(() => {
  const unavailable = onKeycloak() ? testPortal.keycloakUnavailable : undefined;
  test.skip(unavailable !== undefined, `real Keycloak not running: ${unavailable}`);
});

/** Uploads the hostile app's build as a Disdukcapil developer and has an admin approve it, both with bas-cli tokens. */
async function publishHostileApp(page: Page): Promise<void> {
  await publishBuild(page, {
    portal: test.info().project.use.baseURL ?? '',
    issuer: issuer(),
    developer: 'dev.disdukcapil',
    dir: hostileBuild,
    entry: {
      id: app.id,
      name: { id: 'Layanan Jahat', en: 'Hostile Service' },
      description: { id: 'Aplikasi uji yang menyerang portal.', en: 'A test app that attacks the portal.' },
      agency: app.agency,
      category: 'informasi-publik',
      role: 'public',
      route: app.id,
      version: app.version,
      status: 'active',
      keywords: ['uji'],
      icon: 'megaphone',
      owner: { name: 'Disdukcapil', email: 'disdukcapil@kotabogor.go.id' },
      spbe: { serviceType: 'public', indicator: 45, applicationType: 'khusus' },
      kind: 'federated',
      exposedModule: './Attack',
      sdkVersion: '2.0.0',
      standaloneUrl: `${hostileOrigin()}/`,
    },
  });
}

/**
 * Signs `username` in, opens the hostile app, lets it finish, opens another agency's app in the same tab, and goes
 * back to the hostile app.
 */
async function openAsAndMoveOn(page: Page, username: string): Promise<{ loot: Loot; shownUser: string }> {
  await page.goto('/');
  await page.evaluate(
    ([idp]) => localStorage.setItem('hostile.idp', idp ?? ''),
    [issuer().replace(/\/realms\/bas$/, '')],
  );
  await page.locator('header').getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, username);
  const userName = page.locator('.user-name');
  await expect(userName).toBeVisible({ timeout: 30_000 });
  const shownUser = (await userName.textContent()) ?? '';
  await page.goto(`/layanan/${app.id}`);
  await expect(page.locator('[data-hostile="done"]')).toBeVisible({ timeout: 45_000 });
  // Forged session messages did not change who the shell says is signed in.
  await expect(userName).toHaveText(shownUser);

  // Its own agency's other app, in the same page: the hostile code re-registered it through the federation
  // runtime's globals, yet the real app opens, not the hostile one.
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.locator('.service-tiles').getByRole('link', { name: 'Permohonan Dokumen Kependudukan' }).click();
  await expect(
    page
      .locator('.remote-host[data-app="dokumen-kependudukan"]')
      .getByRole('link', { name: 'Ajukan permohonan baru' }),
  ).toBeVisible();
  await expect(page.locator('.remote-host[data-app="dokumen-kependudukan"] [data-hostile]')).toHaveCount(0);

  await page.getByRole('link', { name: 'Beranda' }).click();
  // Another agency's app: the tab goes through the switch page, so the hostile code is gone before it runs.
  const switched = page.waitForURL(/\/switch\.html\?to=/);
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await switched;
  await expect(page.locator('.remote-host[data-app="pengumuman"] h2')).toBeVisible();
  // Back: the page that ran the hostile code must not come back alive (the back-forward cache) in a tab now bound to
  // another agency; it loads afresh, and the hostile code, asked again on a restore, never runs.
  await page.goBack();
  await expect(page.locator('.remote-host[data-app="pengumuman"] h2')).toBeVisible();
  expect(
    await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
    ),
  ).toBe('back_forward');
  await page.waitForTimeout(2000);
  await expect(userName).toHaveText(shownUser);
  const loot = (await page.evaluate(
    () => JSON.parse(localStorage.getItem('hostile.loot') ?? '{}') as unknown,
  )) as Loot;
  // What the attack tried and got, kept with the test's results for whoever reads them.
  await test
    .info()
    .attach(`loot of ${username}`, { body: JSON.stringify(loot, null, 2), contentType: 'application/json' });
  return { loot, shownUser };
}

/** Every real token the attack took is its own agency's, for its own API, with no admin or developer role. */
function expectOnlyItsOwnAgencyToken(loot: Loot): void {
  const real = loot.tokens.filter(({ token }) => decodeProtectedHeader(token).alg !== 'none');
  expect(real.length, 'the attack saw its own token, so the suite sees what it takes').toBeGreaterThan(0);
  for (const { where, token } of real) {
    const claims = decodeJwt(token) as {
      aud?: unknown;
      azp?: string;
      typ?: string;
      realm_access?: { roles?: string[] };
    };
    expect([claims.aud].flat(), `token seen at ${where}`).toEqual([`api-${app.agency}`]);
    expect(claims.azp, `token seen at ${where}`).toBe('bas-portal');
    expect(claims.typ, `token seen at ${where}`).toBe('Bearer');
    expect(claims.realm_access?.roles ?? [], `token seen at ${where}`).not.toContain('admin');
    expect(claims.realm_access?.roles ?? [], `token seen at ${where}`).not.toContain('developer');
  }
}

/**
 * What the portal's Content-Security-Policy blocked is the hostile app's doing (framing the identity provider for a
 * silent sign-in of its own, …): kept with the results, then taken as expected.
 */
async function acceptWhatThePolicyBlocked(violations: CspViolation[]): Promise<void> {
  await test.info().attach('blocked by the Content-Security-Policy', {
    body: JSON.stringify(violations, null, 2),
    contentType: 'application/json',
  });
  for (const violation of violations)
    expect(violation.page, violation.directive).toContain(`/layanan/${app.id}`);
  violations.length = 0;
}

function expectEveryWriteRefused(loot: Loot): void {
  expect(loot.writes.length).toBeGreaterThan(0);
  for (const write of loot.writes) expect([401, 403], write.what).toContain(write.status);
}

test.describe.configure({ mode: 'serial' });

test('an approved hostile app takes nothing beyond its own agency from a citizen', async ({
  page,
  cspViolations,
}) => {
  test.setTimeout(300_000);
  await publishHostileApp(page);
  const { loot } = await openAsAndMoveOn(page, 'warga');
  expectOnlyItsOwnAgencyToken(loot);
  expectEveryWriteRefused(loot);
  expect(loot.notes).toContain('done');
  expect(loot.notes).not.toContain('asked again after Back');
  // The runtime the shell provides to remotes stayed the shell's, for the app of its agency opened after it.
  expect(loot.notes).toContain('the shared federation runtime kept by the shell');
  expect(loot.notes).not.toContain('the shared federation runtime was used after its takeover');
  await acceptWhatThePolicyBlocked(cspViolations);
});

test('opened by an admin, the hostile app gets no admin right and no token the registry takes', async ({
  page,
  cspViolations,
}) => {
  test.setTimeout(240_000);
  const { loot } = await openAsAndMoveOn(page, 'admin');
  expectOnlyItsOwnAgencyToken(loot);
  expectEveryWriteRefused(loot);
  await acceptWhatThePolicyBlocked(cspViolations);
});
