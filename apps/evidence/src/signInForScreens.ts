import type { BrowserContext } from 'playwright-core';
import type { ScreenAccount } from './screenAccounts.ts';

/**
 * Signs `account` in to the portal at `portalUrl` in `context`, as a person does: the header's sign-in button,
 * the identity provider's form (`#username`, `#password`, `#kc-login`: Keycloak's, and the dev IdP's with the same
 * ids), and back to the portal, which then names the person (`.user-name[data-username]`). The session stays in
 * the context's cookies for the screenshots after it. Throws with the step that failed.
 */
export async function signInForScreens(
  context: BrowserContext,
  portalUrl: URL,
  account: ScreenAccount,
  timeoutMs = 20_000,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(portalUrl.href, { waitUntil: 'load', timeout: timeoutMs });
    const button = page.locator('header .auth-controls button:not([aria-busy="true"]):not([disabled])');
    await button
      .first()
      .click({ timeout: timeoutMs })
      .catch(() => {
        throw new Error(`the portal at ${portalUrl.origin} showed no sign-in button`);
      });
    const form = page.locator('#kc-login');
    await form.waitFor({ timeout: timeoutMs }).catch(() => {
      throw new Error(`the sign-in button did not lead to a sign-in form (at ${page.url()})`);
    });
    await page.locator('#username').fill(account.username);
    await page.locator('#password').fill(account.password);
    await form.click();
    // Back on the portal's origin once the identity provider has let the person in; still on its form otherwise.
    const back = await page
      .waitForURL((url) => url.origin === portalUrl.origin, { timeout: timeoutMs })
      .then(
        () => true,
        () => false,
      );
    if (!back) {
      throw new Error(
        (await page.locator('#kc-login').count()) > 0
          ? `${account.username}'s sign-in was refused (wrong password?)`
          : `the sign-in did not return to the portal (at ${page.url()})`,
      );
    }
    await page
      .locator(`.user-name[data-username="${account.username.replaceAll('"', '\\"')}"]`)
      .waitFor({ timeout: timeoutMs })
      .catch(() => {
        throw new Error(`back at the portal, it does not show ${account.username} as signed in`);
      });
  } finally {
    await page.close();
  }
}
