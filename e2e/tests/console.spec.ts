import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '../support/test.ts';
import { cliToken } from '../support/cliToken.ts';
import { readZip } from '../support/readZip.ts';
import { signIn } from '../support/signIn.ts';
import { testPortal } from '../support/testPortal.ts';

// Pusat Kendali, against each identity provider (the project decides): an admin reviews two versions a developer
// published, rejects one and approves the other with reasons, and finds both in the audit; a developer of
// Disdukcapil sees Disdukcapil's apps only. The console has an origin of its own, the portal's port + 30.
const onKeycloak = () => test.info().project.name === 'sso-keycloak';
const idpUrl = () => (onKeycloak() ? process.env.BAS_E2E_KEYCLOAK : process.env.BAS_E2E_DEV_IDP) ?? '';
const portal = () => new URL(test.info().project.use.baseURL ?? '').origin;
const consoleOrigin = () => {
  const url = new URL(portal());
  url.port = String(Number(url.port) + 30);
  return url.origin;
};

test.beforeEach(() => {
  const unavailable = onKeycloak() ? testPortal.keycloakUnavailable : undefined;
  test.skip(unavailable !== undefined, `real Keycloak not running: ${unavailable}`);
});

/** A bas-cli token of `username`, from a browser context of its own (the console's sign-in must not find it). */
async function cliTokenOf(browser: Browser, username: string): Promise<string> {
  const context = await browser.newContext();
  try {
    return await cliToken(await context.newPage(), `${idpUrl()}/realms/bas`, username);
  } finally {
    await context.close();
  }
}

/** Disdukcapil's developer publishes a version of "Cek Status Dokumen" with `changes`, as `bas-remote publish` does. */
async function publish(developer: string, version: string, changes: Record<string, unknown>) {
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${portal()}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${developer}`, 'content-type': 'application/json' },
    });
  const app = (await (await call('/api/apps/cek-status-dokumen')).json()) as { currentVersion: string };
  const { entry } = (await (
    await call(`/api/apps/cek-status-dokumen/versions/${app.currentVersion}`)
  ).json()) as { entry: Record<string, unknown> };
  const published = await call('/api/apps/cek-status-dokumen/versions?existingApp=true', {
    method: 'POST',
    body: JSON.stringify({ ...entry, ...changes, version }),
  });
  expect(published.status, await published.clone().text()).toBe(201);
}

async function signInToConsole(page: Page, username: string) {
  await page.goto(`${consoleOrigin()}/`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, username);
  // A freshly started Keycloak (a cold JVM) can take several seconds over its first sign-ins.
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible({ timeout: 30_000 });
}

test('an admin reviews two versions in Pusat Kendali, rejects one and approves the other, with reasons in the audit', async ({
  browser,
  page,
}) => {
  // Unique per run and project: the registry keeps what earlier runs of the same portal published.
  const minor = Date.now() % 100_000;
  const plain = `2.${minor}.0`;
  const moved = `2.${minor}.1`;
  const developer = await cliTokenOf(browser, 'dev.disdukcapil');
  await publish(developer, plain, {
    description: { id: 'Cek status dokumen kependudukan Anda.', en: 'Check your civil documents.' },
  });
  await publish(developer, moved, { url: 'https://status-dokumen.example.org/' });

  await signInToConsole(page, 'admin');
  await page.getByRole('link', { name: 'Antrean persetujuan' }).click();
  await expect(page).toHaveTitle('Antrean persetujuan — Pusat Kendali BAS');

  // The version that moves the app to another address: the change is said in words, and refused with a reason.
  await page
    .getByRole('link', { name: new RegExp(`Tinjau Cek Status Dokumen ${moved.replaceAll('.', '\\.')}`) })
    .click();
  const urlRow = page.getByRole('row').filter({ hasText: 'status-dokumen.example.org' });
  await expect(urlRow).toContainText('Perubahan sensitif');
  await page.getByRole('button', { name: 'Tolak versi ini' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'alasan' })).toBeVisible();
  await page.getByLabel('Alasan').fill('Alamat baru belum terverifikasi milik Disdukcapil.');
  await page.getByRole('button', { name: 'Tolak versi ini' }).click();
  await expect(page.getByText(`Cek Status Dokumen ${moved} ditolak.`)).toBeVisible();

  // The other: only its description changed, nothing sensitive; approved with a reason.
  await page
    .getByRole('link', { name: new RegExp(`Tinjau Cek Status Dokumen ${plain.replaceAll('.', '\\.')}`) })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'description' }).first()).toBeVisible();
  await expect(page.getByText('Perubahan sensitif')).toHaveCount(0);
  await page.getByLabel('Alasan').fill('Deskripsi diperjelas sesuai permintaan warga.');
  await page.getByRole('button', { name: 'Setujui dan sajikan' }).click();
  await expect(page.getByText(`Cek Status Dokumen ${plain} disetujui`)).toBeVisible();

  // The audit has both decisions, with who and why.
  await page.getByRole('link', { name: 'Log audit' }).click();
  await page.getByLabel('Aplikasi (id)').fill('cek-status-dokumen');
  await page.getByRole('button', { name: /Terapkan|Saring|Tampilkan/ }).click();
  const audit = page.getByRole('table');
  await expect(
    audit.getByRole('row').filter({ hasText: moved }).filter({ hasText: 'Alamat baru belum terverifikasi' }),
  ).toBeVisible();
  await expect(
    audit.getByRole('row').filter({ hasText: plain }).filter({ hasText: 'Deskripsi diperjelas' }),
  ).toBeVisible();
});

test('a developer of Disdukcapil sees Disdukcapil’s apps only, and no admin action', async ({ page }) => {
  await signInToConsole(page, 'dev.disdukcapil');
  await expect(page).toHaveTitle('Katalog — Pusat Kendali BAS');
  const rows = page.getByRole('table', { name: /Katalog aplikasi|Aplikasi di katalog/ }).getByRole('row');
  await expect(rows.filter({ hasText: 'Dokumen Kependudukan' }).first()).toBeVisible();
  const agencies = await rows.locator('td:nth-child(2)').allInnerTexts();
  expect(agencies.length).toBeGreaterThan(5);
  expect(new Set(agencies.map((agency) => agency.trim()))).toEqual(new Set([agencies[0]?.trim()]));
  expect(agencies[0]?.trim()).toBe('Disdukcapil');
  await expect(page.getByRole('link', { name: 'Antrean persetujuan' })).toHaveCount(0);
  await rows.filter({ hasText: 'Dokumen Kependudukan' }).first().getByRole('link').first().click();
  await expect(page.getByRole('button', { name: /Nonaktifkan|Kembalikan/ })).toHaveCount(0);
  await expect(page.getByText('npx bas-remote publish')).toBeVisible();
});

test('an admin reads the SPBE evidence per indicator, sees what a service lacks, and downloads it', async ({
  page,
}) => {
  await signInToConsole(page, 'admin');
  await page.getByRole('link', { name: 'Data dukung SPBE' }).click();
  await expect(page).toHaveTitle('Data dukung SPBE — Pusat Kendali BAS');
  const summary = page.getByRole('table', { name: /Indikator SPBE 32–47, periode \d{4}/ });
  // Every service indicator has its row, with a service or the words that it has none.
  await expect(summary.getByRole('row')).toHaveCount(17);
  // The test portals' apps have no satisfaction answers yet: the gap is named, with what to do about it.
  await expect(page.getByText('Yang perlu dilakukan:').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh evidence.json' }).click();
  const file = await download;
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    period: string;
    services: Array<{ id: string; gaps: string[] }>;
  };
  expect(saved.period).toMatch(/^\d{4}$/);
  // (An internal app: no browser test rates it, while the survey tests rate public ones on this portal.)
  expect(saved.services.find((service) => service.id === 'cuti-online')?.gaps).toContain('no-survey');
});

test('an admin has the full SPBE report made on the server, follows it, and downloads its ZIP and PDF', async ({
  page,
}) => {
  const year = String(new Date().getUTCFullYear());
  await signInToConsole(page, 'admin');
  await page.getByRole('link', { name: 'Data dukung SPBE' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan lengkap (PDF dan ZIP)' })).toBeVisible();
  // Without screenshots: seconds instead of minutes (the evidence suite takes them, over a portal of its own).
  await page.getByRole('checkbox', { name: 'Dengan tangkapan layar layanan (beberapa menit)' }).uncheck();
  await page.getByRole('button', { name: `Buat laporan ${year}` }).click();
  const report = page
    .getByRole('list', { name: 'Laporan yang dibuat, yang terbaru di atas' })
    .getByRole('listitem')
    .first();
  await expect(report.getByRole('heading', { name: new RegExp(`^Laporan ${year} · `) })).toBeVisible();
  await expect(report.getByText(/^Diminta oleh .+, tanpa tangkapan layar\.$/)).toBeVisible();
  const zipButton = report.getByRole('button', { name: /^Unduh ZIP \(\d+,\d MB\)$/ });
  await expect(zipButton).toBeVisible({ timeout: 45_000 });
  await expect(report.getByText(/^Selesai pada /)).toBeVisible();

  const zipDownload = page.waitForEvent('download');
  await zipButton.click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe(`bas-spbe-${year}.zip`);
  const files = await readZip(await readFile(await zip.path()));
  const folder = `bas-spbe-${year}`;
  expect([...files.keys()]).toEqual(
    expect.arrayContaining([
      `${folder}/laporan-spbe-${year}.pdf`,
      `${folder}/data/evidence.json`,
      `${folder}/data/indicators.csv`,
      `${folder}/data/services.csv`,
    ]),
  );
  expect(files.get(`${folder}/laporan-spbe-${year}.pdf`)?.subarray(0, 5).toString()).toBe('%PDF-');
  const evidence = JSON.parse(files.get(`${folder}/data/evidence.json`)?.toString() ?? '{}') as {
    period: string;
    services: Array<{ id: string }>;
  };
  expect(evidence.period).toBe(year);
  expect(evidence.services.map((service) => service.id)).toContain('pengumuman');
  await expect(page.getByText(`Laporan tersimpan sebagai ${folder}.zip.`)).toBeVisible();

  const pdfDownload = page.waitForEvent('download');
  await report.getByRole('button', { name: /^Unduh PDF / }).click();
  expect((await pdfDownload).suggestedFilename()).toBe(`laporan-spbe-${year}.pdf`);
});
