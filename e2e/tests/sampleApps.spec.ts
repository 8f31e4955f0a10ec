import { expect, test, type Page } from '../support/test.ts';
import { signIn } from '../support/signIn.ts';

// The sample remotes as people use them in the portal: each loaded from its own origin by the shell, talking to
// its agency API (the msw mocks, served by the dev stack) with the token the shell hands out.

async function openSignedIn(page: Page, path: string, username: string) {
  await page.goto(path);
  await page.locator('.login-required').getByRole('button', { name: 'Masuk' }).click();
  await signIn(page, username);
  await expect(page.locator('.user-name')).toBeVisible({ timeout: 20_000 });
}
const app = (page: Page) => page.locator('.remote-host');
const toasts = (page: Page) => page.getByRole('region', { name: 'Pemberitahuan' });

/** A family card request through dokumen-kependudukan's four steps, from its start page to "sent". */
async function requestFamilyCard(page: Page) {
  await app(page).getByRole('link', { name: 'Ajukan permohonan baru' }).click();
  await expect(page).toHaveURL(/\/layanan\/dokumen-kependudukan\/baru$/);

  await app(page).getByLabel('Kartu Keluarga').check();
  await app(page).getByRole('button', { name: 'Lanjut' }).click();
  await app(page).getByLabel('NIK (16 angka)').fill('3271010101010001');
  await app(page).getByLabel('Nomor Kartu Keluarga (16 angka)').fill('3271010101010002');
  await app(page).getByLabel('Nama lengkap sesuai KK').fill('Siti Aminah');
  await app(page).getByRole('button', { name: 'Lanjut' }).click();
  await app(page).getByLabel('Alamat', { exact: true }).fill('Jl. Pajajaran No. 10, RT 01/RW 02');
  await app(page).getByLabel('Kelurahan').fill('Baranangsiang');
  await app(page).getByLabel('Alasan permohonan').fill('Kartu Keluarga hilang');
  await app(page).getByRole('button', { name: 'Lanjut' }).click();
  await app(page).getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(toasts(page)).toContainText(/Permohonan DK-\d{4}-\d{5} terkirim\./);
}

test('a citizen requests a family card in four steps and follows it on its status page', async ({ page }) => {
  await openSignedIn(page, '/layanan/dokumen-kependudukan', 'warga');
  await requestFamilyCard(page);
  await app(page).getByRole('link', { name: 'Lihat status permohonan' }).click();

  await expect(page).toHaveURL(/\/layanan\/dokumen-kependudukan\/status\/DK-\d{4}-\d{5}$/);
  await expect(app(page).getByText(/Kartu Keluarga, Siti Aminah \(NIK …0001\)/)).toBeVisible();
  // The status page is a real address: a reload comes back to it.
  await page.reload();
  await expect(app(page).getByText(/Kartu Keluarga, Siti Aminah/)).toBeVisible({ timeout: 20_000 });
});

test('after a request the portal invites the person to rate the service, once a year', async ({ page }) => {
  await openSignedIn(page, '/layanan/dokumen-kependudukan', 'warga');
  await requestFamilyCard(page);
  const invitation = page.getByRole('region', {
    name: 'Bagaimana pelayanan Permohonan Dokumen Kependudukan?',
  });
  await expect(invitation).toBeVisible();
  await expect(invitation).toContainText('Isi survei kepuasan (1 menit)');
  await invitation.getByRole('link', { name: 'Isi survei' }).click();

  // The survey's own screen, naming the service from the catalog.
  await expect(page).toHaveURL(/\/layanan\/skm\/?\?layanan=dokumen-kependudukan$/, { timeout: 20_000 });
  const survey = page.locator('.remote-host[data-app="skm"]');
  await expect(survey.getByText('Layanan yang dinilai: Permohonan Dokumen Kependudukan')).toBeVisible();
  await expect(survey.locator('legend')).toHaveText([
    '1. Kesesuaian persyaratan',
    '2. Kemudahan prosedur',
    '3. Kecepatan waktu pelayanan',
    '4. Kewajaran biaya',
    '5. Kesesuaian hasil pelayanan',
    '6. Kemampuan petugas',
    '7. Kesopanan dan keramahan petugas',
    '8. Penanganan pengaduan',
    '9. Kualitas sarana dan prasarana',
  ]);
  for (const group of await survey.locator('fieldset').all())
    await group.getByLabel('Baik', { exact: true }).check();
  await survey.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(survey.getByRole('heading', { name: 'Terima kasih atas penilaian Anda.' })).toBeVisible();
  await expect(
    survey.getByText(/^Indeks kepuasan Permohonan Dokumen Kependudukan tahun \d{4}: /),
  ).toBeVisible();
  await survey.getByRole('link', { name: 'Kembali ke Permohonan Dokumen Kependudukan' }).click();
  await expect(page).toHaveURL(/\/layanan\/dokumen-kependudukan/, { timeout: 20_000 });

  // Another request the same year: no second invitation.
  await requestFamilyCard(page);
  await expect(app(page).getByRole('link', { name: 'Lihat status permohonan' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Bagaimana pelayanan/ })).toHaveCount(0);
});

test('a citizen files a complaint and sees it forwarded', async ({ page }) => {
  await openSignedIn(page, '/layanan/aduan-warga', 'warga');
  await app(page).getByLabel('Kategori').selectOption('sampah');
  await app(page).getByLabel('Kecamatan').selectOption('Tanah Sareal');
  await app(page).getByLabel('Lokasi (nama jalan, patokan)').fill('Jl. KH Sholeh Iskandar dekat halte');
  await app(page).getByLabel('Apa yang terjadi?').fill('Tumpukan sampah tidak diangkut sejak seminggu lalu.');
  await app(page).getByRole('button', { name: 'Kirim aduan' }).click();
  await expect(app(page).getByRole('listitem').first()).toContainText('Sampah');
  await expect(app(page).getByRole('listitem').first()).toContainText('ditangani DLH');
  await expect(toasts(page)).toContainText(/Aduan ADU-\d{6} diteruskan ke DLH\./);
});

test('a remote without a framework takes a survey and follows the portal language', async ({ page }) => {
  // The survey of a service, as the portal's invitation opens it: the service named by the catalog, not the link.
  await page.goto('/layanan/skm?layanan=pengumuman');
  await expect(app(page).getByRole('heading', { name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
  await expect(app(page).getByText('Pengumuman Kota Bogor')).toBeVisible();
  await page.locator('header').getByRole('button', { name: 'EN' }).click();
  await expect(app(page).getByRole('heading', { name: 'Public Satisfaction Survey' })).toBeVisible();
  for (const group of await app(page).locator('fieldset').all()) await group.getByLabel('Very good').check();
  await app(page).getByRole('button', { name: 'Send rating' }).click();
  await expect(app(page).getByRole('heading', { name: 'Thank you for your rating.' })).toBeVisible();
  // The index is published: the person who answered sees it, with their answer counted.
  await expect(
    app(page).getByText(
      /^Satisfaction index of Kota Bogor Announcements in \d{4}: [\d.]+ \(grade [A-D], [A-Za-z ]+\) from \d+ respondents?\.$/,
    ),
  ).toBeVisible();
  await app(page).getByRole('link', { name: 'Back to Kota Bogor Announcements' }).click();
  await expect(page).toHaveURL(/\/layanan\/pengumuman/);
});

test('a remote built with rspack runs in the Vite-built shell on the shell’s React', async ({
  page,
  request,
}) => {
  const fetched: string[] = [];
  page.on('response', (response) => fetched.push(response.url()));
  await openSignedIn(page, '/layanan/cek-izin', 'warga');
  await app(page).getByLabel('Nomor permohonan').fill('IZN-2027-000456');
  await app(page).getByRole('button', { name: 'Lacak' }).click();
  await expect(app(page).getByText('Sertifikat Laik Fungsi (SLF)')).toBeVisible();
  await expect(app(page).getByRole('listitem')).toHaveCount(4);

  // The remote's fallback copies of React and the SDK were never downloaded: the shell's singletons served it.
  const { entries } = (await (await request.get('/api/manifest')).json()) as {
    entries: { id: string; manifestUrl?: string }[];
  };
  const manifestUrl = entries.find((entry) => entry.id === 'cek-izin')?.manifestUrl ?? '';
  const remoteManifest = (await (await request.get(manifestUrl)).json()) as {
    shared: { name: string; assets: { js: { sync: string[] } } }[];
  };
  const fallbacks = remoteManifest.shared.flatMap((shared) =>
    shared.assets.js.sync.map((file) => new URL(file, manifestUrl).href),
  );
  expect(fallbacks.length).toBeGreaterThan(0);
  expect(fetched.filter((url) => fallbacks.includes(url))).toEqual([]);
  expect(fetched).toContain(new URL('remoteEntry.js', manifestUrl).href);
  // Nor a runtime of its own: it ran on the shell's. Its own page, outside the portal, loads one and works.
  const ownRuntime = new URL('mf-runtime-core.js', manifestUrl).href;
  expect(fetched).not.toContain(ownRuntime);
  const standalone = await (await page.context().browser()?.newContext())?.newPage();
  if (standalone === undefined) throw new Error('no browser to open the standalone page in');
  const failures: string[] = [];
  standalone.on('pageerror', (error) => failures.push(error.message));
  await standalone.goto(new URL('./', manifestUrl).href);
  await expect(standalone.getByLabel('Nomor permohonan')).toBeVisible();
  expect(failures).toEqual([]);
  await standalone.context().close();
});

test('the legacy server-rendered app works inside its frame', async ({ page }) => {
  await page.goto('/layanan/izin-pemakaman');
  const frame = page.frameLocator('iframe.app-frame');
  await expect(frame.getByRole('heading', { name: 'Ketersediaan petak makam' })).toBeVisible();
  await frame.getByRole('link', { name: 'Ajukan izin pemakaman' }).click();
  await frame.getByLabel('TPU').selectOption('blender');
  await frame.getByLabel('Nama almarhum/almarhumah').fill('H. Ahmad Suryana');
  await frame.getByLabel('Tanggal wafat').fill('2027-03-02');
  await frame.getByLabel('Nama pemohon (ahli waris)').fill('Dewi Suryana');
  await frame.getByLabel('NIK pemohon').fill('3271010101010001');
  await frame.getByRole('button', { name: 'Ajukan' }).click();
  await expect(frame.getByRole('heading', { name: /Permohonan TPU-\d{5}/ })).toBeVisible();
  await expect(frame.getByText('di TPU Blender diterima')).toBeVisible();
});
