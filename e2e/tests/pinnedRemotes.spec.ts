import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test, type Browser } from '../support/test.ts';
import { openFromCatalog } from '../support/openFromCatalog.ts';
import { seedCatalog } from '@bas/manifest/seed';
import { cliToken } from '../support/cliToken.ts';
import { publishBuild } from '../support/publishBuild.ts';

// What an admin approved is what runs: a build uploaded, approved and then changed by one byte where it is stored
// (or, published by URL, where the agency serves it) does not run; the app shows its fallback, telemetry counts
// `integrity`, and the rest of the portal works.
const issuer = () => `${process.env.BAS_E2E_DEV_IDP ?? ''}/realms/bas`;
const sampleBuild = fileURLToPath(new URL('../../apps/remotes/pengumuman/dist', import.meta.url));
const heading = 'Pengumuman terbaru';

/**
 * Changes one byte of the exposed module's chunk that holds the heading (and the compressed copies served for it),
 * as someone with write access to where the build is served would.
 */
function changeOneByte(folder: string): string {
  const manifest = JSON.parse(readFileSync(join(folder, 'mf-manifest.json'), 'utf8')) as {
    exposes: Array<{ assets: { js: { sync: string[] } } }>;
  };
  const chunk = manifest.exposes
    .flatMap((expose) => expose.assets.js.sync)
    .find((path) => readFileSync(join(folder, path), 'utf8').includes(heading));
  if (chunk === undefined) throw new Error(`no chunk of the exposed module in ${folder} holds "${heading}"`);
  const file = join(folder, chunk);
  const changed = readFileSync(file, 'utf8').replace(heading, 'Pengumuman terbarU');
  writeFileSync(file, changed);
  for (const [suffix, compress] of [
    ['.br', brotliCompressSync],
    ['.gz', gzipSync],
  ] as const) {
    try {
      readFileSync(`${file}${suffix}`);
      writeFileSync(`${file}${suffix}`, compress(Buffer.from(changed)));
    } catch {
      // No compressed copy of this file.
    }
  }
  return chunk;
}

/**
 * Opens the app in a fresh browser profile (nothing cached) and expects the integrity fallback, the failure counted
 * as `integrity` in the app's telemetry (read as an admin), and the rest of the portal working.
 */
async function expectRefused(
  browser: Browser,
  app: { id: string; name: string },
  admin: string,
): Promise<void> {
  const portal = test.info().project.use.baseURL ?? '';
  const context = await browser.newContext({ baseURL: portal });
  const page = await context.newPage();
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/telemetry'));
  await page.goto(`/layanan/${app.id}`);
  const name = app.name;
  const failure = page.getByRole('alert').filter({ hasText: `${name} sedang tidak dapat dibuka` });
  await expect(failure).toContainText('berbeda dari versi yang disetujui', { timeout: 15_000 });
  await expect(failure).toHaveAttribute('data-error-code', 'REMOTE_INTEGRITY');
  await expect(page.getByText('Pengumuman terbarU')).toHaveCount(0);
  // The shell sends its telemetry in batches, within 5 s; the registry records a batch once it has read it.
  await sent;
  const counted = () =>
    fetch(`${portal}/api/apps/${app.id}/telemetry`, { headers: { authorization: `Bearer ${admin}` } })
      .then((response) => response.json() as Promise<{ counts: Array<{ kind: string; name: string }> }>)
      .then((body) => body.counts);
  await expect.poll(counted).toContainEqual(expect.objectContaining({ kind: 'error', name: 'integrity' }));
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  // The rest of the portal keeps working: another app opens.
  await openFromCatalog(page, 'Pengumuman Kota Bogor');
  await expect(
    page.locator('.remote-host[data-app="pengumuman"]').getByRole('heading', { name: heading }),
  ).toBeVisible();
  await context.close();
}

test('an uploaded build changed in storage after approval does not run; the unchanged app still opens', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const template = seedCatalog().find((entry) => entry.id === 'pengumuman');
  if (template?.kind !== 'federated') throw new Error('the seed catalog lacks pengumuman');
  const { manifestUrl: _url, integrity: _pin, standaloneUrl: _standalone, ...declared } = template;
  const entry = {
    ...declared,
    id: 'layanan-tersimpan',
    agency: 'disdukcapil',
    route: 'layanan-tersimpan',
    name: { id: 'Layanan Tersimpan', en: 'Stored Service' },
    version: `1.0.${Date.now() % 100_000}`,
  };
  const { manifestUrl, admin } = await publishBuild(page, {
    portal: test.info().project.use.baseURL ?? '',
    issuer: issuer(),
    developer: 'dev.disdukcapil',
    dir: sampleBuild,
    entry,
  });

  // Approved and unchanged: it opens from the asset origin.
  await page.goto('/layanan/layanan-tersimpan');
  await expect(page.locator('.remote-host').getByRole('heading', { name: heading })).toBeVisible();

  const folder = join(
    process.env.BAS_E2E_DATA_DIR ?? '',
    'assets',
    new URL(manifestUrl).pathname.replace(/\/mf-manifest\.json$/, ''),
  );
  changeOneByte(folder);
  await expectRefused(browser, { id: 'layanan-tersimpan', name: 'Layanan Tersimpan' }, admin);
});

test('a build the agency serves itself, changed on its server after approval, does not run', async ({
  page,
  browser,
}) => {
  const admin = await cliToken(page, issuer(), 'admin');
  // Before: the pinned build opens.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL ?? '' });
  const before = await context.newPage();
  await before.goto('/layanan/layanan-agensi');
  await expect(before.locator('.remote-host').getByRole('heading', { name: heading })).toBeVisible();
  await context.close();

  changeOneByte(process.env.BAS_E2E_AGENCY_COPY ?? '');
  await expectRefused(browser, { id: 'layanan-agensi', name: 'Layanan Agensi' }, admin);
});
