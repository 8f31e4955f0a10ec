import { expect, type Page } from '@playwright/test';

/** The notice that the catalog on screen is a copy, with the time it is from ("Katalog per 10.42"). */
export const staleNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /Katalog .*\d{1,2}[.:]\d{2}/ });

/** The home serves: its service tiles are there, and the page is not blank. */
export async function homeServes(page: Page) {
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  await expect(page.locator('body')).not.toHaveText('');
}
