import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '../support/test.ts';
import { runCommand, startCommand } from '../support/runCommand.ts';
import { signIn } from '../support/signIn.ts';
import { closedPort } from '../support/testServers.ts';
import { portals } from '../support/testPortal.ts';

// An agency developer's whole way, as the README tells it: scaffold a remote, test and build it, sign in with the
// CLI, upload the build, have an admin approve, and open it in the portal. npm installs the scaffold's packages from the
// registry, like on a developer's machine.
const cli = fileURLToPath(new URL('../../packages/create-remote/dist/cli.js', import.meta.url));
const portal = portals.devIdp;

/** `bas-remote login`, completed in the browser as `username`; returns the credentials file it wrote. */
async function loginWithCli(page: Page, cwd: string, username: string): Promise<string> {
  const configDir = mkdtempSync(join(tmpdir(), 'bas-remote-config-'));
  const login = await startCommand('node', [cli, 'login', '--portal', portal], {
    cwd,
    env: { BAS_REMOTE_CONFIG_DIR: configDir },
    ready: /Open (\S+)/,
  });
  await page.goto(login.match[1] ?? '');
  // The dev IdP shows the code to confirm (Keycloak asks the same), then its sign-in page.
  await page.getByRole('button', { name: 'Izinkan' }).click();
  await signIn(page, username);
  expect(await login.exited).toBe(0);
  expect(login.output()).toContain(`Signed in as ${username}`);
  return configDir;
}

test('an agency developer goes from nothing to their own remote live in the portal', async ({ page }) => {
  test.setTimeout(240_000);
  const workspace = mkdtempSync(join(tmpdir(), 'bas-developer-'));
  const dir = join(workspace, 'layanan-uji');
  try {
    const created = await runCommand(
      'node',
      [
        cli,
        'create',
        'layanan-uji',
        '--agency',
        'disdukcapil',
        '--role',
        'public',
        '--name',
        'Layanan Uji',
        '--dir',
        dir,
      ],
      { cwd: workspace },
    );
    expect(created.code, created.output).toBe(0);
    const tested = await runCommand('npm', ['test'], { cwd: dir });
    expect(tested.code, tested.output).toBe(0);
    expect(tested.output).toMatch(/2 passed/);
    const typed = await runCommand('npm', ['run', 'typecheck'], { cwd: dir });
    expect(typed.code, typed.output).toBe(0);
    const built = await runCommand('npm', ['run', 'build'], { cwd: dir });
    expect(built.code, built.output).toBe(0);

    // Developing: the harness signs a test user in and answers the app's API with its msw mocks.
    const harnessPort = await closedPort();
    const harness = await startCommand('npm', ['run', 'dev', '--', '--port', String(harnessPort)], {
      cwd: dir,
      ready: /Harness: (\S+)/,
    });
    try {
      await page.goto(harness.match[1] ?? '');
      await expect(page.getByRole('heading', { name: 'Halo, Siti Warga' })).toBeVisible({ timeout: 30_000 });
      await page.getByLabel('Perihal').fill('Surat keterangan domisili');
      await page.getByRole('button', { name: 'Kirim' }).click();
      await expect(page.getByText('R-1: Surat keterangan domisili (baru)')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Pemberitahuan' })).toContainText('Permohonan terkirim.');
      await page.getByRole('combobox', { name: 'Masuk sebagai' }).selectOption('anonim');
      await expect(page.getByText('Masuk untuk melihat permohonan Anda.')).toBeVisible();
    } finally {
      harness.stop();
    }

    const port = await closedPort();
    const served = await startCommand(
      'npx',
      ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {
        cwd: dir,
        ready: /Local:\s+http/,
      },
    );
    try {
      // The build's standalone page: the same module on a page of its own, for an anonymous visitor.
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect(page.getByText('Masuk untuk melihat permohonan Anda.')).toBeVisible();

      const developer = await loginWithCli(page, dir, 'dev.disdukcapil');
      const published = await runCommand('node', [cli, 'publish', '--registry', portal], {
        cwd: dir,
        env: { BAS_REMOTE_CONFIG_DIR: developer },
      });
      expect(published.code, published.output).toBe(0);
      expect(published.output).toContain('Published layanan-uji 0.1.0: pending');
      expect(published.output).toContain(
        'As dev.disdukcapil (developer, disdukcapil) on http://127.0.0.1:4200.',
      );
      // Uploaded: the portal serves the approved bytes from its asset origin, not the developer's server.
      const storedAt = /Stored at (\S+)/.exec(published.output)?.[1] ?? '';
      expect(new URL(storedAt).port).toBe(String(Number(new URL(portal).port) + 20));

      // An admin approves it with the same CLI.
      await page.context().clearCookies();
      const admin = await loginWithCli(page, dir, 'admin');
      const approved = await runCommand(
        'node',
        [cli, 'approve', 'layanan-uji', '0.1.0', '--registry', portal],
        {
          cwd: dir,
          env: { BAS_REMOTE_CONFIG_DIR: admin },
        },
      );
      expect(approved.code, approved.output).toBe(0);
      expect(approved.output).toContain('Approved layanan-uji 0.1.0');
      expect(approved.output).toMatch(/As admin \(.*admin.*\)/);
      const who = await runCommand('node', [cli, 'whoami', '--portal', portal], {
        cwd: dir,
        env: { BAS_REMOTE_CONFIG_DIR: admin },
      });
      expect(who.output).toContain(`admin (`);
      expect(who.output).toContain(join(admin, 'credentials.json'));

      await page.context().clearCookies();
      await page.goto('/layanan/layanan-uji');
      await page.locator('.login-required').getByRole('button', { name: 'Masuk' }).click();
      await signIn(page, 'warga');
      await expect(page.locator('.remote-host').getByRole('heading', { name: /^Halo, / })).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.getByRole('heading', { level: 1, name: 'Layanan Uji' })).toBeVisible();
    } finally {
      served.stop();
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
