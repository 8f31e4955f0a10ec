import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '../support/test.ts';
import { cliToken } from '../support/cliToken.ts';
import { runCommand, startCommand } from '../support/runCommand.ts';
import { signIn } from '../support/signIn.ts';
import { closedPort } from '../support/testServers.ts';
import { portals } from '../support/testPortal.ts';

// An agency developer's whole way, as the README's "From nothing to your app in the portal" and "Releasing a new
// version" tell it, with their commands: scaffold, the build inside the real portal before publishing, publish,
// approval by another person, a second version, a rollback, and what the registry refuses on the way. npm installs
// the scaffold's packages from the registry, like on a developer's machine.
const cli = fileURLToPath(new URL('../../packages/create-remote/dist/cli.js', import.meta.url));
const portal = portals.devIdp;
// A retried run meets the registry the first run left: every run has an id of its own.
const appId = `layanan-uji-${Date.now().toString(36)}`;

/** `bas-remote login` (with `--profile` when given), completed in the browser as `username`. */
async function loginWithCli(
  page: Page,
  cwd: string,
  env: NodeJS.ProcessEnv,
  username: string,
  profile?: string,
) {
  const login = await startCommand(
    'npx',
    ['bas-remote', 'login', '--portal', portal, ...(profile === undefined ? [] : ['--profile', profile])],
    { cwd, env, ready: /Open (\S+)/ },
  );
  await page.goto(login.match[1] ?? '');
  // The dev IdP shows the code to confirm (Keycloak asks the same), then its sign-in page.
  await page.getByRole('button', { name: 'Izinkan' }).click();
  // A browser still signed in at the identity provider as this person goes straight to "signed in".
  const signedIn = page.getByRole('heading', { name: 'Berhasil masuk' });
  await expect(page.locator('#username').or(signedIn)).toBeVisible();
  if (!(await signedIn.isVisible())) await signIn(page, username);
  await expect(signedIn).toBeVisible();
  expect(await login.exited).toBe(0);
  expect(login.output()).toContain(`Signed in as ${username}`);
}

/**
 * Signs in from where the page is: a page of an app the visitor cannot see yet goes to the sign-in page by itself;
 * elsewhere, the header's button, once the shell knows nobody is signed in (it is busy until then).
 */
async function signInFromHeader(page: Page, username: string): Promise<void> {
  const form = page.locator('#username');
  const button = page.locator('header button:not([aria-busy="true"])', { hasText: /^Masuk$/ });
  await expect(form.or(button)).toBeVisible({ timeout: 20_000 });
  // The shell may go to the sign-in page by itself while the button is clicked: either way the form comes.
  if (!(await form.isVisible())) await button.click({ timeout: 5000 }).catch(() => undefined);
  await signIn(page, username);
  await expect(page.locator('header').getByRole('button', { name: 'Keluar' })).toBeVisible({
    timeout: 20_000,
  });
}

/** A person in a browser of their own (no sign-in or override shared with the developer's). */
async function personAt(browser: Browser, path: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: portal })).newPage();
  await page.goto(path);
  await signInFromHeader(page, username);
  return page;
}

const appArea = (page: Page) => page.locator('.remote-host');

// A long journey: an action that cannot happen fails within half a minute instead of waiting out the test.
test.use({ actionTimeout: 30_000 });

test('an agency developer goes from nothing to their app in the portal, a second release and a rollback', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const workspace = mkdtempSync(join(tmpdir(), 'bas-developer-'));
  const dir = join(workspace, appId);
  const env = { BAS_REMOTE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'bas-remote-config-')) };
  const inApp = (args: string[]) => runCommand(args[0] ?? '', args.slice(1), { cwd: dir, env });
  const editJson = (file: string, change: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(join(dir, file), `${JSON.stringify(json, null, 2)}\n`);
  };
  try {
    // create asks the portal whose the id is: another agency's is refused, and so is the agency's own app unless
    // the project says it is that app. Nothing is written either time.
    const create = (id: string, agency: string) =>
      runCommand(
        'node',
        [
          cli,
          'create',
          id,
          '--agency',
          agency,
          '--role',
          'public',
          '--name',
          'Layanan Uji',
          '--dir',
          join(workspace, id),
          '--registry',
          portal,
          '--no-install',
        ],
        { cwd: workspace },
      );
    const foreign = await create('antrean-disdukcapil', 'bkpsdm');
    expect(foreign.code).toBe(1);
    expect(foreign.output).toContain(
      `The id "antrean-disdukcapil" belongs to another agency's app on ${portal} ("Antrean Online Disdukcapil" 3.5.3, of disdukcapil): choose another id.`,
    );
    const taken = await create('antrean-disdukcapil', 'disdukcapil');
    expect(taken.code).toBe(1);
    expect(taken.output).toContain(
      'If you are making a new version of that app, run create again with --existing-app',
    );

    const port = await closedPort();
    const created = await runCommand(
      'node',
      [
        cli,
        'create',
        appId,
        '--agency',
        'disdukcapil',
        '--role',
        'public',
        '--name',
        'Layanan Uji',
        '--dir',
        dir,
        '--registry',
        portal,
        '--port',
        String(port),
      ],
      { cwd: workspace },
    );
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`The id "${appId}" is free on ${portal}.`);
    const tested = await inApp(['npm', 'test']);
    expect(tested.code, tested.output).toBe(0);
    expect(tested.output).toMatch(/3 passed/);
    const typed = await inApp(['npm', 'run', 'typecheck']);
    expect(typed.code, typed.output).toBe(0);

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
      await page.getByRole('combobox', { name: 'Masuk sebagai' }).selectOption('anonim');
      await expect(page.getByText('Masuk untuk melihat permohonan Anda.')).toBeVisible();
    } finally {
      harness.stop();
    }

    const built = await inApp(['npm', 'run', 'build']);
    expect(built.code, built.output).toBe(0);
    // Nothing a developer cannot act on: no warning of the federation plugin, no plugin timings.
    expect(built.output).not.toMatch(/warn|Module Federation\]|PLUGIN_TIMINGS/i);

    // The build inside the real portal, before anything is published: the developer's browser only, marked.
    const preview = await startCommand('npm', ['run', 'preview', '--', '--portal', portal], {
      cwd: dir,
      ready: /Inside the portal, signed in as a developer: (\S+)/,
    });
    try {
      const inside = preview.match[1] ?? '';
      expect(inside).toBe(
        `${portal}/layanan/${appId}?bas-remote-override=${appId}@http://127.0.0.1:${port}/`,
      );
      await page.goto(inside);
      await signInFromHeader(page, 'dev.disdukcapil');
      await expect(page.locator('.local-build')).toContainText(
        `Build lokal Anda dari http://127.0.0.1:${port}/: hanya di browser ini, bukan yang dilihat warga.`,
      );
      await expect(appArea(page).getByRole('heading', { name: 'Halo, Agus Pratama' })).toBeVisible({
        timeout: 20_000,
      });
      // Its API is the preview's, answered by src/mocks/handlers.ts, with the developer's token.
      await appArea(page).getByLabel('Perihal').fill('Surat pindah');
      await appArea(page).getByRole('button', { name: 'Kirim' }).click();
      await expect(appArea(page).getByText('R-1: Surat pindah (baru)')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('local-build-in-portal.png') });

      // The app's own page, outside the portal, as any static host serves the build: it runs on the federation
      // runtime it loads itself, since the build carries none (the portal's shell provides it there).
      const standalone = await (await browser.newContext()).newPage();
      const failures: string[] = [];
      standalone.on('pageerror', (error) => failures.push(error.message));
      await standalone.goto(`http://127.0.0.1:${port}/`);
      await expect(standalone.getByText('Masuk untuk melihat permohonan Anda.')).toBeVisible({
        timeout: 20_000,
      });
      expect(failures).toEqual([]);
      await standalone.context().close();

      // Publishing. The placeholder description is refused until the developer describes the app; the preview
      // stands in for the agency's API, declared in apiOrigins.
      await loginWithCli(page, dir, env, 'dev.disdukcapil');
      const placeholder = await inApp(['npm', 'run', 'check', '--', '--registry', portal]);
      expect(placeholder.code).toBe(1);
      expect(placeholder.output).toContain("description.id is still the scaffold's placeholder");
      editJson('bas-remote.json', (entry) => {
        entry.description = {
          id: 'Permohonan surat keterangan kependudukan secara daring.',
          en: 'Apply online for population certificates.',
        };
        entry.apiOrigins = [`http://127.0.0.1:${port}`];
      });
      const checked = await inApp(['npm', 'run', 'check', '--', '--registry', portal]);
      expect(checked.code, checked.output).toBe(0);
      expect(checked.output).toContain(`✓ the id "${appId}" is free on ${portal}`);

      // An admin signs in in a second profile; the developer's sign-in stays.
      await page.context().clearCookies();
      await loginWithCli(page, dir, env, 'admin', 'admin');
      const who = await inApp(['npx', 'bas-remote', 'whoami', '--portal', portal]);
      expect(who.output).toContain(`dev.disdukcapil (developer, disdukcapil) on ${portal}`);
      const whoAdmin = await inApp(['npx', 'bas-remote', 'whoami', '--portal', portal, '--profile', 'admin']);
      expect(whoAdmin.output).toMatch(
        new RegExp(`admin \\(.*diskominfo\\) on ${portal} \\(profile admin\\)`),
      );
      expect(whoAdmin.output).toContain(join(env.BAS_REMOTE_CONFIG_DIR, 'credentials.json'));

      // An admin of another agency does not publish disdukcapil's app.
      const byAdmin = await inApp([
        'npm',
        'run',
        'publish:portal',
        '--',
        '--registry',
        portal,
        '--profile',
        'admin',
      ]);
      expect(byAdmin.code).toBe(1);
      expect(byAdmin.output).toContain(
        'You publish for diskominfo; this app belongs to disdukcapil. Ask a developer of disdukcapil.',
      );

      const published = await inApp(['npm', 'run', 'publish:portal', '--', '--registry', portal]);
      expect(published.code, published.output).toBe(0);
      expect(published.output).toContain(`As dev.disdukcapil (developer, disdukcapil) on ${portal}.`);
      expect(published.output).toContain(`Published ${appId} 0.1.0: pending`);
      expect(published.output).toContain(`Registered ${appId}: package.json now says "existingApp": true`);
      // Uploaded: the portal serves the approved bytes from its asset origin, not the developer's server.
      const storedAt = /Stored at (\S+)/.exec(published.output)?.[1] ?? '';
      expect(new URL(storedAt).port).toBe(String(Number(new URL(portal).port) + 20));

      // The developer cannot approve; the admin can, and sees what the version replaces.
      const ownApproval = await inApp(['npx', 'bas-remote', 'approve', appId, '0.1.0', '--registry', portal]);
      expect(ownApproval.code).toBe(1);
      expect(ownApproval.output).toContain('Only a platform admin (role "admin") may do this.');
      const approved = await inApp([
        'npx',
        'bas-remote',
        'approve',
        appId,
        '0.1.0',
        '--registry',
        portal,
        '--profile',
        'admin',
      ]);
      expect(approved.code, approved.output).toBe(0);
      expect(approved.output).toContain(`${appId} 0.1.0 "Layanan Uji", published by dev.disdukcapil.`);
      expect(approved.output).toContain('A new app: it replaces nothing.');
      expect(approved.output).toContain(`Approved ${appId} 0.1.0`);

      // A citizen gets the published version, and the override means nothing in their browser.
      const citizen = await personAt(
        browser,
        `/?bas-remote-override=${appId}@http://127.0.0.1:${port}/`,
        'warga',
      );
      await citizen.goto(`/layanan/${appId}`);
      await expect(appArea(citizen).getByRole('heading', { name: /^Halo, / })).toBeVisible({
        timeout: 20_000,
      });
      await expect(citizen.locator('.local-build')).toHaveCount(0);
      expect(await citizen.evaluate(() => document.querySelector('script[src*="127.0.0.1"]'))).toBeNull();
      await appArea(citizen).getByLabel('Perihal').fill('Surat domisili');
      await appArea(citizen).getByRole('button', { name: 'Kirim' }).click();
      await expect(appArea(citizen).getByText('R-1: Surat domisili (baru)')).toBeVisible();

      // Releasing a new version, as the README's section says: change, bump, build, check, publish, approve.
      const app = join(dir, 'src/App.tsx');
      writeFileSync(
        app,
        readFileSync(app, 'utf8').replace("requests: 'Permohonan saya'", "requests: 'Daftar permohonan'"),
      );
      expect((await inApp(['npm', 'version', 'minor', '--no-git-tag-version'])).output).toContain('v0.2.0');
      expect((await inApp(['npm', 'run', 'build'])).code).toBe(0);
      const checkedAgain = await inApp(['npm', 'run', 'check', '--', '--registry', portal]);
      expect(checkedAgain.code, checkedAgain.output).toBe(0);
      expect(checkedAgain.output).toContain(
        `a new version of "Layanan Uji" 0.1.0, of disdukcapil on ${portal}`,
      );
      // CI publishes it, with the app's publish token rather than a person's sign-in.
      const made = await inApp([
        'npx',
        'bas-remote',
        'token',
        'create',
        appId,
        '--registry',
        portal,
        '--label',
        'CI',
      ]);
      expect(made.code, made.output).toBe(0);
      const ciToken = /^bas_pt_\S+$/m.exec(made.output)?.[0] ?? '';
      const tokenId = /Publish token (\S+) for/.exec(made.output)?.[1] ?? '';
      const asCi = (args: string[]) =>
        runCommand(args[0] ?? '', args.slice(1), { cwd: dir, env: { ...env, BAS_TOKEN: ciToken } });
      const second = await asCi(['npm', 'run', 'publish:portal', '--', '--registry', portal]);
      expect(second.code, second.output).toBe(0);
      expect(second.output).toContain(`As publish token ${tokenId} on ${portal}.`);
      const approvedAgain = await inApp([
        'npx',
        'bas-remote',
        'approve',
        appId,
        '0.2.0',
        '--registry',
        portal,
        '--profile',
        'admin',
      ]);
      expect(approvedAgain.code, approvedAgain.output).toBe(0);
      expect(approvedAgain.output).toContain('Replaces 0.1.0 "Layanan Uji". Changes in the catalog entry:');
      expect(approvedAgain.output).toContain('version: "0.1.0" → "0.2.0"');
      await citizen.reload();
      await expect(appArea(citizen).getByRole('heading', { name: 'Daftar permohonan' })).toBeVisible({
        timeout: 20_000,
      });

      // Versions only go up.
      await inApp(['npm', 'version', '0.1.5', '--no-git-tag-version']);
      const lower = await asCi(['npm', 'run', 'publish:portal', '--', '--registry', portal]);
      expect(lower.code).toBe(1);
      expect(lower.output).toContain(
        `Version 0.1.5 is not above 0.2.0, which the portal serves for "${appId}"`,
      );
      // A revoked token publishes nothing.
      const revoke = await inApp([
        'npx',
        'bas-remote',
        'token',
        'revoke',
        appId,
        tokenId,
        '--registry',
        portal,
      ]);
      expect(revoke.code, revoke.output).toBe(0);
      await inApp(['npm', 'version', '0.2.1', '--no-git-tag-version']);
      const revoked = await asCi(['npm', 'run', 'publish:portal', '--', '--registry', portal]);
      expect(revoked.code).toBe(1);
      expect(revoked.output).toContain('This publish token is unknown or revoked');

      // Verify, then roll back: the citizen gets the first version again.
      const listed = await inApp(['npx', 'bas-remote', 'versions', appId, '--registry', portal]);
      expect(listed.output).toContain(
        `* 0.2.0  approved, published by dev.disdukcapil (publish token ${tokenId}), approved by admin`,
      );
      const rolledBack = await inApp([
        'npx',
        'bas-remote',
        'rollback',
        appId,
        '0.1.0',
        '--registry',
        portal,
        '--profile',
        'admin',
      ]);
      expect(rolledBack.code, rolledBack.output).toBe(0);
      expect((await inApp(['npx', 'bas-remote', 'versions', appId, '--registry', portal])).output).toContain(
        '* 0.1.0',
      );
      await citizen.reload();
      await expect(appArea(citizen).getByRole('heading', { name: 'Permohonan saya' })).toBeVisible({
        timeout: 20_000,
      });
    } finally {
      preview.stop();
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});

test('nobody approves a version they published themselves', async ({ page }) => {
  // An admin of diskominfo publishes their own agency's app; the approval must be someone else's.
  const token = await cliToken(page, `${process.env.BAS_E2E_DEV_IDP ?? ''}/realms/bas`, 'admin');
  const call = (method: string, path: string, body?: unknown) =>
    fetch(new URL(path, portal), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const app = (await (await call('GET', '/api/apps/pengumuman')).json()) as { currentVersion: string };
  const { entry } = (await (
    await call('GET', `/api/apps/pengumuman/versions/${app.currentVersion}`)
  ).json()) as {
    entry: Record<string, unknown>;
  };
  const version = `${app.currentVersion.split('.')[0] ?? '0'}.${Date.now()}.0`;
  const published = await call('POST', '/api/apps/pengumuman/versions?existingApp=true', {
    ...entry,
    version,
  });
  expect(published.status).toBe(201);
  const own = await call('POST', `/api/apps/pengumuman/versions/${version}/approve`);
  expect(own.status).toBe(403);
  expect(((await own.json()) as { message: string }).message).toBe(
    `You published pengumuman ${version}; another admin approves it, so every version is seen by a second person.`,
  );
});
