import { expect, type Page } from '@playwright/test';

/**
 * Waits until the shell's JavaScript has taken over a page the server rendered: its controls (here the language
 * buttons) are disabled until then, while its links already work as plain links.
 */
export async function shellLive(page: Page): Promise<void> {
  await expect(page.locator('.language button').first()).toBeEnabled();
}
