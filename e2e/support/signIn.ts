import type { Page } from '@playwright/test';

/** Signs in on the identity provider's own login page (Keycloak's, or the dev IdP's with the same ids). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('bas-demo');
  await page.locator('#kc-login').click();
}
