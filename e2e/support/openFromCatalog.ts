import { expect, type Page } from '@playwright/test';
import { shellLive } from './shellLive.ts';

/**
 * From the home, opens an app that is not among its popular services, as a person does: "Lihat semua … layanan",
 * then the app's card on the whole catalog's page.
 */
export async function openFromCatalog(page: Page, name: string): Promise<void> {
  // A tap at one instant while React hydrates the server-rendered home can be lost (see journeys.spec.ts); this
  // helper is about the catalog, so it starts once the shell is live.
  await shellLive(page);
  await page.locator('.show-all').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semua layanan' })).toBeVisible();
  await page
    .getByRole('link', { name: `Buka ${name}` })
    .first()
    .click();
}
