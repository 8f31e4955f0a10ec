import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { registryUrl } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';
import { sloFixture, usageFixture } from '../testing/usageFixture.ts';

const server = mockNetwork();
afterEach(() => localStorage.clear());

const usage = () =>
  http.get(`${registryUrl}/api/apps/pengumuman/usage`, () => HttpResponse.json(usageFixture()));
const slo = (answer: JsonBodyType = sloFixture()) =>
  http.get(`${registryUrl}/api/apps/pengumuman/slo`, () => HttpResponse.json(answer));

/** The texts of a table's rows, cell by cell, the header row left out. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/** The monitor's answer with the hourly view: two hours, one of them with a failed probe. */
const healthWithHours = {
  app: 'pengumuman',
  status: 'up',
  since: '2026-12-01T00:00:00.000Z',
  reason: null,
  lastProbes: [{ at: '2026-12-02T03:55:00.000Z', status: 'up', reason: null, latencyMs: 130 }],
  uptime: { days: [], months: [{ month: '2026-12', probes: 24, ok: 23, ratio: 0.9583 }] },
  latency: { p50Ms: 130, p95Ms: 900 },
  hours: [
    { hour: '2026-12-02T02:00:00.000Z', probes: 12, failed: 0, p50Ms: 120, p95Ms: 480 },
    { hour: '2026-12-02T03:00:00.000Z', probes: 12, failed: 1, p50Ms: 140, p95Ms: 1250 },
  ],
};

describe('the usage of an app', () => {
  it('shows the openings tried, loaded and failed, and how long an opening took until the app showed', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [usage()] });
    const opens = await screen.findByRole('table', { name: 'Pembukaan aplikasi' });
    expect(rowsOf(opens)).toEqual([
      ['Dicoba', '12'],
      ['Berhasil dimuat', '10 (83,33% dari yang dicoba)'],
      ['Gagal', '2 (16,67% dari yang dicoba)'],
      ['p50 waktu sampai tampil', '120 md'],
      ['p75 waktu sampai tampil', '180 md'],
      ['p95 waktu sampai tampil', '1,4 dtk'],
    ]);
    // 10:00 UTC is 17.00 in Kota Bogor.
    expect(screen.getByText(/^Dari .*17\.00 WIB sampai .*17\.00 WIB\.$/)).toBeTruthy();
  });

  it('names each cause of the failed openings in words, the causes that never happened left out', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [usage()] });
    const failures = await screen.findByRole('table', { name: 'Pembukaan yang gagal menurut sebab' });
    expect(rowsOf(failures)).toEqual([
      ['Waktu habisAplikasi tidak tampil dalam batas waktu portal.', '1', '50%'],
      [
        'Berkas tidak utuhBerkas yang diunduh tidak cocok dengan sidik (hash) versi yang disetujui.',
        '1',
        '50%',
      ],
    ]);
  });

  it('rates each web vital’s p75 against Google’s thresholds in words', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [usage()] });
    const vitals = await screen.findByRole('table', {
      name: 'Core Web Vitals portal saat aplikasi ini tampil (p75)',
    });
    const rating = (vital: string) =>
      within(within(vitals).getByRole('row', { name: new RegExp(`^${vital}`) })).getAllByRole('cell');
    expect(rating('LCP').map((cell) => cell.textContent)).toEqual([
      '2,1 dtk',
      'Baikbaik ≤ 2,5 dtk, buruk > 4 dtk',
      '3',
    ]);
    expect(rating('INP')[1]?.textContent).toBe('Perlu perbaikanbaik ≤ 200 md, buruk > 500 md');
    expect(rating('CLS')[1]?.textContent).toBe('Burukbaik ≤ 0,1, buruk > 0,25');
    expect(rating('FCP')[0]?.textContent).toBe('tidak ada data');
  });

  it('gives the hourly chart’s numbers in a table under the chart’s heading', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [usage()] });
    expect(await screen.findByRole('heading', { level: 3, name: 'Pembukaan per jam' })).toBeTruthy();
    const chart = screen.getByRole('group', { name: 'Pembukaan per jam' });
    expect(chart.querySelector('summary')?.textContent).toBe('Tampilkan sebagai tabel: Pembukaan per jam');
    // This DOM draws no canvas, as some hardened browsers: there the table is open from the start.
    expect(chart.querySelector('details')?.open).toBe(true);
    const hourly = screen.getByRole('table', { name: 'Pembukaan per jam' });
    expect(
      within(hourly)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Jam (WIB)', 'Dicoba', 'Tingkat gagal']);
    // 01:00 and 03:00 UTC are 08.00 and 10.00 WIB.
    expect(rowsOf(hourly)).toEqual([
      [expect.stringMatching(/08\.00 WIB$/), '5', '20%'],
      [expect.stringMatching(/10\.00 WIB$/), '7', '14,29%'],
    ]);
  });

  it('asks for the last 7 days once that range is chosen', async () => {
    const asked: number[] = [];
    const recorded = http.get(`${registryUrl}/api/apps/pengumuman/usage`, ({ request }) => {
      asked.push(Date.parse(new URL(request.url).searchParams.get('since') ?? ''));
      return HttpResponse.json(usageFixture());
    });
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [recorded] });
    await screen.findByRole('table', { name: 'Pembukaan aplikasi' });
    fireEvent.click(screen.getByLabelText('7 hari terakhir'));
    await screen.findByRole('table', { name: 'Pembukaan aplikasi' });
    const dayMs = 86_400_000;
    const [first, second] = asked.map((since) => Date.now() - since);
    expect(asked).toHaveLength(2);
    expect(first).toBeGreaterThanOrEqual(dayMs);
    expect(first).toBeLessThan(dayMs + 60_000);
    expect(second).toBeGreaterThanOrEqual(7 * dayMs);
    expect(second).toBeLessThan(7 * dayMs + 60_000);
  });

  it('says so when nobody opened the app in the range', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman' });
    expect(await screen.findByText('Belum ada pembukaan yang tercatat pada rentang ini.')).toBeTruthy();
    expect(screen.getByText('Tidak ada pembukaan yang gagal pada rentang ini.')).toBeTruthy();
    const opens = screen.getByRole('table', { name: 'Pembukaan aplikasi' });
    expect(within(opens).getByRole('row', { name: /^p75 waktu sampai tampil/ }).textContent).toContain(
      'tidak ada data',
    );
    expect(screen.queryByRole('heading', { name: 'Pembukaan per jam' })).toBeNull();
  });

  it('says what went wrong when the registry refuses, and the rest of the page still shows', async () => {
    const refused = http.get(`${registryUrl}/api/apps/pengumuman/usage`, () =>
      HttpResponse.json(
        { code: 'UNAVAILABLE', message: 'Real-user data is being rolled up; try again in a minute.' },
        { status: 503 },
      ),
    );
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [refused, slo()] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Registri menolak permintaan ini (GET /api/apps/pengumuman/usage, HTTP 503)',
    );
    expect(alert.textContent).toContain('Real-user data is being rolled up; try again in a minute.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Objektif layanan bulan ini' })).toBeTruthy();
  });

  it('reads in English when English is chosen', async () => {
    localStorage.setItem('bas-console.lang', 'en');
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [usage()] });
    const opens = await screen.findByRole('table', { name: 'App openings' });
    expect(rowsOf(opens).map(([label]) => label)).toEqual([
      'Attempted',
      'Loaded',
      'Failed',
      'p50 time until shown',
      'p75 time until shown',
      'p95 time until shown',
    ]);
    expect(screen.getByRole('table', { name: 'Failed openings by cause' }).textContent).toContain(
      'Timed out',
    );
  });
});

describe('the service level objectives of an app', () => {
  it('shows each target, what was measured, the budget left and how fast it burns, in words', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [slo()] });
    const objectives = await screen.findByRole('table', { name: 'Objektif layanan bulan ini' });
    expect(screen.getByText('Bulan Desember 2026 (UTC).')).toBeTruthy();
    expect(rowsOf(objectives)).toEqual([
      ['Target', '99,5%', '99%'],
      ['Terukur bulan ini', '99,93%', '98,5%'],
      ['Sisa anggaran galat', '86%Cukup', '-50%Habis: kegagalan bulan ini melebihi yang diizinkan target'],
      [
        'Laju pemakaian anggaran, 1 jam terakhir',
        '0×Aman: pada laju ini anggaran bertahan sebulan penuh',
        '20×Gawat: pada laju ini anggaran sebulan habis dalam 1,5 hari; tangani sekarang',
      ],
      [
        'Laju pemakaian anggaran, 6 jam terakhir',
        '0,4×Aman: pada laju ini anggaran bertahan sebulan penuh',
        '8×Gawat: pada laju ini anggaran sebulan habis dalam 3,8 hari; tangani sekarang',
      ],
      [
        'Laju pemakaian anggaran, 30 hari terakhir',
        '0,14×Aman: pada laju ini anggaran bertahan sebulan penuh',
        '1,5×Di atas anggaran: pada laju ini anggaran sebulan habis dalam 20 hari',
      ],
    ]);
  });

  it('says there is no data yet before anything was measured', async () => {
    await renderConsole(server, { path: '/katalog/pengumuman' });
    const objectives = await screen.findByRole('table', { name: 'Objektif layanan bulan ini' });
    expect(rowsOf(objectives)[1]).toEqual(['Terukur bulan ini', 'tidak ada data', 'tidak ada data']);
    expect(rowsOf(objectives)[3]).toEqual([
      'Laju pemakaian anggaran, 1 jam terakhir',
      'tidak ada data',
      'tidak ada data',
    ]);
  });

  it('says plainly when the registry answers in a shape the console does not understand', async () => {
    await renderConsole(server, {
      path: '/katalog/pengumuman',
      answers: [slo({ app: 'pengumuman', month: '2026-12', availability: { objective: '99.5' } })],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Registri menjawab GET /api/apps/pengumuman/slo dengan bentuk yang tidak dipahami konsol ini',
    );
    expect(alert.textContent).toContain('availability.objective');
  });
});

describe('the hourly health of an app', () => {
  it('gives the probes’ response time and failures per hour as a table beside the chart', async () => {
    const health = http.get(`${registryUrl}/api/apps/pengumuman/health`, () =>
      HttpResponse.json(healthWithHours),
    );
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [health] });
    const title = 'Waktu tanggap dan pemeriksaan gagal per jam, 7 hari terakhir';
    expect(await screen.findByRole('heading', { level: 3, name: title })).toBeTruthy();
    const hourly = screen.getByRole('table', { name: title });
    expect(
      within(hourly)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Jam (WIB)', 'p50', 'p95', 'Pemeriksaan gagal']);
    expect(rowsOf(hourly)).toEqual([
      [expect.stringMatching(/09\.00 WIB$/), '120 md', '480 md', '0'],
      [expect.stringMatching(/10\.00 WIB$/), '140 md', '1,25 dtk', '1'],
    ]);
  });

  it('still shows the health of a registry that sends no hourly view, without the chart', async () => {
    const { hours, ...older } = healthWithHours;
    const health = http.get(`${registryUrl}/api/apps/pengumuman/health`, () => HttpResponse.json(older));
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [health] });
    expect(await screen.findByText('95,83%')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Pemeriksaan terakhir' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /per jam, 7 hari terakhir/ })).toBeNull();
  });
});
