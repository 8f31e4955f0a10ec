import { expect, type Page } from '@playwright/test';
import { signIn } from './signIn.ts';

/**
 * A token of the CLI's client (`bas-cli`) for `username`, as `bas-remote login` gets one: the device authorization
 * grant, confirmed in the browser on the identity provider's own pages (the dev IdP's or Keycloak's, with its
 * consent screen). Publishing and approving take these tokens only.
 */
export async function cliToken(page: Page, issuer: string, username: string): Promise<string> {
  const device = (await (
    await fetch(`${issuer}/protocol/openid-connect/auth/device`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'bas-cli', scope: 'openid' }),
    })
  ).json()) as { device_code: string; verification_uri_complete: string; interval?: number };
  await page.goto(device.verification_uri_complete);
  // The dev IdP's consent page comes first ("Izinkan"); Keycloak may ask to submit the code.
  const confirm = page.getByRole('button', { name: /^(Izinkan|Submit)$/ }).first();
  await expect(confirm.or(page.locator('#username')).first()).toBeVisible({ timeout: 15_000 });
  if (await confirm.isVisible()) await confirm.click();
  await signIn(page, username);
  // Keycloak asks for consent after sign-in (bas-cli requires it); the dev IdP asked before.
  const consent = page.getByRole('button', { name: /^(Yes|Ya)$/ });
  await consent
    .first()
    .click({ timeout: 3000 })
    .catch(() => undefined);
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const answer = (await (
          await fetch(`${issuer}/protocol/openid-connect/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              client_id: 'bas-cli',
              grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
              device_code: device.device_code,
            }),
          })
        ).json()) as { access_token?: string };
        token = answer.access_token;
        return token !== undefined;
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBe(true);
  return token ?? '';
}
