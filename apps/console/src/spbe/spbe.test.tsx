import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFixture } from '../testing/catalogFixture.ts';
import { evidenceFixture } from '../testing/evidenceFixture.ts';
import { fakeKeycloak } from '../testing/fakeKeycloak.ts';
import { fakeRegistry, registryUrl } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';

const server = mockNetwork();
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

// The page offers this UTC year and the two before it, whenever the tests run.
const thisYear = String(new Date().getUTCFullYear());
const lastYear = String(Number(thisYear) - 1);

const evidenceRequests = (registry: ReturnType<typeof fakeRegistry>) =>
  registry.requests.filter((request) => request.path === '/api/evidence');
/** Each row of a table as the texts of its cells, header cells included. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
const gapsList = () => {
  const list = document.querySelector<HTMLElement>('.spbe-gaps');
  if (list === null) throw new Error('the page shows no list of gaps');
  return list;
};
/** The services the gaps list names, top to bottom. */
const servicesListed = () =>
  within(gapsList())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('the SPBE evidence page', () => {
  it('sums up each indicator of the year, a figure not measured in words, an empty indicator saying so', async () => {
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: '/spbe', registry });
    const table = await screen.findByRole('table', { name: `Indikator SPBE 32–47, periode ${thisYear}` });
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['Indikator', 'Layanan', 'Ketersediaan', 'Pembukaan', 'IKM', 'Kelengkapan']);
    expect(rows).toHaveLength(17);
    expect(rows.find((row) => row[0]?.startsWith('45 '))).toEqual([
      '45 Layanan Publik Sektor 1Pelayanan publik',
      '2',
      '98,75%',
      '1.234',
      'belum diukur',
      '37,5%',
    ]);
    expect(rows.find((row) => row[0]?.startsWith('36 '))).toEqual([
      '36 Layanan KepegawaianAdministrasi pemerintahan',
      '1',
      '99,9%',
      '200',
      '88,5',
      '100%',
    ]);
    expect(rows.find((row) => row[0]?.startsWith('32 '))).toEqual([
      '32 Layanan PerencanaanAdministrasi pemerintahan',
      '0',
      'Belum ada layanan pada indikator ini',
    ]);
    expect(evidenceRequests(registry)).toEqual([
      expect.objectContaining({ search: `?period=${thisYear}`, authorization: 'Bearer console-token' }),
    ]);
    expect(screen.getByText(`npm run evidence -- --period ${thisYear}`).tagName).toBe('CODE');
  });

  it('asks for the year chosen, and keeps it in the address', async () => {
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: '/spbe', registry });
    await screen.findByRole('table', { name: /Indikator SPBE/ });
    const periods = screen.getByRole('group', { name: 'Periode' });
    expect(
      within(periods)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual([thisYear, lastYear, String(Number(thisYear) - 2)]);
    expect(within(periods).getByLabelText<HTMLInputElement>(`${thisYear} (tahun berjalan)`).checked).toBe(
      true,
    );

    fireEvent.click(within(periods).getByLabelText(lastYear));
    expect(
      await screen.findByRole('table', { name: `Indikator SPBE 32–47, periode ${lastYear}` }),
    ).toBeTruthy();
    expect(window.location.search).toBe(`?periode=${lastYear}`);
    expect(evidenceRequests(registry).map((request) => request.search)).toEqual([
      `?period=${thisYear}`,
      `?period=${lastYear}`,
    ]);
    expect(screen.getByText(`npm run evidence -- --period ${lastYear}`)).toBeTruthy();
  });

  it('says what each service lacks and what to do, linking to its page; filters by kind and indicator', async () => {
    await renderConsole(server, { path: `/spbe?periode=${thisYear}` });
    await screen.findByRole('heading', { level: 2, name: 'Yang masih kurang' });
    expect(servicesListed()).toEqual(['Dokumen Kependudukan', 'Antrean KTP']);
    expect(screen.getByText('2 dari 2 layanan yang data dukungnya belum lengkap')).toBeTruthy();
    expect(within(gapsList()).getByRole('link', { name: 'Dokumen Kependudukan' }).getAttribute('href')).toBe(
      '/katalog/dokumen-kependudukan',
    );
    const documents = screen.getByRole('list', { name: 'Kekurangan Dokumen Kependudukan' });
    expect(
      within(documents)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Nomor telepon penanggung jawab belum dicantumkan.Yang perlu dilakukan: Minta instansi menambahkan nomor telepon penanggung jawab (owner.phone) pada entri katalognya dan menerbitkan versi baru, lalu setujui versi itu di Antrean persetujuan.',
      'Belum ada jawaban Survei Kepuasan Masyarakat pada periode ini, jadi IKM-nya belum diukur.Yang perlu dilakukan: Minta instansi mengajak pengguna layanan ini mengisi Survei Kepuasan Masyarakat (layanan SKM di portal).',
    ]);
    expect(gapsList().textContent).toContain('Penanggung jawab: Budi Disdukcapil (budi@disdukcapil.test)');

    fireEvent.change(screen.getByLabelText('Jenis kekurangan'), { target: { value: 'no-usage' } });
    expect(servicesListed()).toEqual(['Antrean KTP']);
    expect(
      within(screen.getByRole('list', { name: 'Kekurangan Antrean KTP' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(gapsList().textContent).toContain(
      'Belum ada pembukaan layanan di portal yang tercatat pada periode ini.',
    );
    expect(screen.getByText('1 dari 2 layanan yang data dukungnya belum lengkap')).toBeTruthy();
    expect(window.location.search).toBe(`?periode=${thisYear}&kekurangan=no-usage`);

    fireEvent.change(screen.getByLabelText('Jenis kekurangan'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Indikator'), { target: { value: '36' } });
    expect(screen.getByText('Tidak ada kekurangan yang cocok dengan saringan ini.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    expect(servicesListed()).toEqual(['Dokumen Kependudukan', 'Antrean KTP']);
  });

  it('reads the filters from the address, and says it all in English when English is chosen', async () => {
    localStorage.setItem('bas-console.lang', 'en');
    await renderConsole(server, { path: `/spbe?periode=${thisYear}&kekurangan=owner-phone` });
    await screen.findByRole('heading', { level: 2, name: 'What is still missing' });
    expect(servicesListed()).toEqual(['Population Documents']);
    expect(screen.getByLabelText<HTMLSelectElement>('Kind of gap').value).toBe('owner-phone');
    expect(gapsList().textContent).toContain(
      'The owner’s phone number is not given.What to do: Ask the agency to add the owner’s phone number (owner.phone) to its catalog entry',
    );
    expect(screen.getByRole('table', { name: `SPBE indicators 32–47, period ${thisYear}` })).toBeTruthy();
    expect(screen.getAllByText('not measured').length).toBeGreaterThan(0);
  });

  it('saves the registry’s answer as it came, as a JSON file', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:http://console.test/evidence';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob !== undefined) saved.push({ name: this.download, blob });
    });
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: `/spbe?periode=${lastYear}`, registry });
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh evidence.json' }));
    expect(
      await screen.findByText(`Jawaban registri tersimpan sebagai evidence-spbe-${lastYear}.json.`),
    ).toBeTruthy();
    expect(saved.map(({ name }) => name)).toEqual([`evidence-spbe-${lastYear}.json`]);
    expect(saved[0]?.blob.type).toBe('application/json');
    expect(await saved[0]?.blob.text()).toBe(JSON.stringify(evidenceFixture(lastYear)));
    // The file is the answer the page shows: no second request.
    expect(evidenceRequests(registry)).toHaveLength(1);
  });

  it('says clearly when the registry refuses, and tries again on request', async () => {
    let refuse = true;
    await renderConsole(server, {
      path: '/spbe',
      answers: [
        http.get(`${registryUrl}/api/evidence`, () =>
          refuse
            ? HttpResponse.json(
                { code: 'FORBIDDEN', message: 'Only platform admins may read the SPBE evidence.' },
                { status: 403 },
              )
            : undefined,
        ),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data tidak dapat dimuat');
    expect(alert.textContent).toContain('Registri menolak permintaan ini (GET /api/evidence, HTTP 403)');
    expect(alert.textContent).toContain('Only platform admins may read the SPBE evidence.');
    expect(screen.queryByRole('button', { name: 'Unduh evidence.json' })).toBeNull();

    refuse = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('table', { name: /Indikator SPBE/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the answer is not of the evidence’s shape, naming the field', async () => {
    await renderConsole(server, {
      path: '/spbe',
      answers: [
        http.get(`${registryUrl}/api/evidence`, () =>
          HttpResponse.json({ ...evidenceFixture(thisYear), indicators: 'none' }),
        ),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Registri menjawab GET /api/evidence dengan bentuk yang tidak dipahami konsol ini',
    );
    expect(alert.textContent).toContain('indicators');
  });

  it('is in the navigation for admins only; a developer who follows a link is told it is for admins', async () => {
    await renderConsole(server, { path: '/spbe' });
    const adminNav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(adminNav).getByRole('link', { name: 'Data dukung SPBE' }).getAttribute('href')).toBe(
      '/spbe',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Data dukung SPBE' })).toBeTruthy();
    expect(document.title).toBe('Data dukung SPBE — Pusat Kendali BAS');
  });

  it('shows a developer no navigation item, and the route says it is for admins', async () => {
    const developer = fakeKeycloak({ roles: ['developer'], agency: 'disdukcapil' });
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: '/spbe', keycloak: developer, registry });
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).queryByRole('link', { name: 'Data dukung SPBE' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Halaman ini hanya untuk admin platform' }),
    ).toBeTruthy();
    expect(evidenceRequests(registry)).toEqual([]);
  });
});
