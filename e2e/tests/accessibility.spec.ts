import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/test.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  const summary = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

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
