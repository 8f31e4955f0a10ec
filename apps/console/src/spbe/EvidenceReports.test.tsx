import { act, fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFixture } from '../testing/catalogFixture.ts';
import { evidenceReportFixture } from '../testing/evidenceReportFixture.ts';
import { fakeRegistry, registryUrl } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';

const server = mockNetwork();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

// The page offers this UTC year and the two before it, whenever the tests run.
const thisYear = String(new Date().getUTCFullYear());
const lastYear = String(Number(thisYear) - 1);

type Registry = ReturnType<typeof fakeRegistry>;
const reportRequests = (registry: Registry) =>
  registry.requests.filter((request) => request.path.startsWith('/api/evidence/reports'));
const reportsList = () => screen.findByRole('list', { name: 'Laporan yang dibuat, yang terbaru di atas' });
/** The list's reports, each as its text, top to bottom. */
const reportsShown = async () =>
  within(await reportsList())
    .getAllByRole('listitem')
    .map((item) => item.textContent);
/** What the section's live region says now. */
const news = () =>
  screen.getAllByRole('status').find((region) => region.classList.contains('bas-visually-hidden'))
    ?.textContent;
/** Lets the page's two-second poll come, and its answer arrive. */
const nextPoll = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(2000);
  });

describe('the SPBE page’s full report', () => {
  it('asks for the chosen year’s report with or without screenshots, and lists it as it starts', async () => {
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: `/spbe?periode=${lastYear}`, registry });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Laporan lengkap (PDF dan ZIP)' }),
    ).toBeTruthy();
    expect(await screen.findByText('Belum ada laporan yang dibuat.', { exact: false })).toBeTruthy();
    // The command line stays the way for automation.
    expect(screen.getByText(`npm run evidence -- --period ${lastYear}`).tagName).toBe('CODE');

    const screenshots = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Dengan tangkapan layar layanan (beberapa menit)',
    });
    expect(screenshots.checked).toBe(true);
    fireEvent.click(screenshots);
    expect(screenshots.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: `Buat laporan ${lastYear}` }));

    expect(await reportsShown()).toEqual([
      expect.stringContaining('Sedang dibuat. Membaca angka dari registri.'),
    ]);
    const item = within(await reportsList()).getByRole('listitem');
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toMatch(
      new RegExp(`^Laporan ${lastYear} · .+ WIB$`),
    );
    expect(item.textContent).toContain('Diminta oleh Admin Platform, tanpa tangkapan layar.');
    expect(news()).toBe(`Laporan ${lastYear} mulai dibuat; kemajuannya tampil di daftar laporan.`);
    expect(reportRequests(registry).find((request) => request.method === 'POST')).toEqual(
      expect.objectContaining({
        path: '/api/evidence/reports',
        authorization: 'Bearer console-token',
        body: { period: lastYear, screenshots: false },
      }),
    );
  });

  it('sends the screenshots’ choice as it is by default, on', async () => {
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: '/spbe', registry });
    fireEvent.click(await screen.findByRole('button', { name: `Buat laporan ${thisYear}` }));
    expect(await reportsShown()).toHaveLength(1);
    expect(reportRequests(registry).find((request) => request.method === 'POST')?.body).toEqual({
      period: thisYear,
      screenshots: true,
    });
  });

  it('follows a running report every two seconds, then offers its files once it is done, and stops asking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const running = evidenceReportFixture('running', { id: 'laporan-1' });
    const registry = fakeRegistry(catalogFixture(), [], [running]);
    await renderConsole(server, { path: '/spbe', registry });
    expect(await reportsShown()).toEqual([
      expect.stringContaining('Sedang dibuat. Memotret layanan 12 dari 204.'),
    ]);

    registry.reports[0] = { ...running, progress: { done: 150, total: 204 } };
    await nextPoll();
    expect(await reportsShown()).toEqual([
      expect.stringContaining('Sedang dibuat. Memotret layanan 150 dari 204.'),
    ]);
    registry.reports[0] = { ...running, step: 'pdf', progress: null };
    await nextPoll();
    expect(await reportsShown()).toEqual([expect.stringContaining('Sedang dibuat. Mencetak PDF.')]);
    expect(news()).toBe('');

    registry.reports[0] = evidenceReportFixture('done', { id: 'laporan-1' });
    await nextPoll();
    const item = within(await reportsList()).getByRole('listitem');
    expect(within(item).getByRole('button', { name: 'Unduh ZIP (1,2 MB)' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Unduh PDF (3,4 MB)' })).toBeTruthy();
    expect(item.textContent).toContain('Selesai pada 30 Nov 2026, 10.07 WIB.');
    expect(item.textContent).not.toContain('Sedang dibuat');
    expect(news()).toBe('Laporan 2026 selesai dan siap diunduh.');

    const asked = reportRequests(registry).length;
    await nextPoll();
    await nextPoll();
    expect(reportRequests(registry)).toHaveLength(asked);
    expect(
      reportRequests(registry).map(({ method, path, authorization }) => `${method} ${path} ${authorization}`),
    ).toEqual([
      'GET /api/evidence/reports Bearer console-token',
      ...Array.from({ length: 3 }, () => 'GET /api/evidence/reports/laporan-1 Bearer console-token'),
    ]);
  });

  it('asks nothing while the tab is hidden, and asks at once when it is shown again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let visibility: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    const registry = fakeRegistry(catalogFixture(), [], [evidenceReportFixture('running')]);
    await renderConsole(server, { path: '/spbe', registry });
    await reportsList();
    const polls = () =>
      reportRequests(registry).filter((request) => request.path !== '/api/evidence/reports');

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await nextPoll();
    await nextPoll();
    expect(polls()).toHaveLength(0);

    registry.reports[0] = evidenceReportFixture('done', { id: registry.reports[0]?.id ?? '' });
    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(await screen.findByRole('button', { name: 'Unduh PDF (3,4 MB)' })).toBeTruthy();
    expect(polls()).toHaveLength(1);
  });

  it('downloads a file with the admin’s token, saves it under its name and says so', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:http://console.test/report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob !== undefined) saved.push({ name: this.download, blob });
    });
    const registry = fakeRegistry(catalogFixture(), [], [evidenceReportFixture('done', { id: 'laporan-7' })]);
    await renderConsole(server, { path: '/spbe', registry });

    fireEvent.click(await screen.findByRole('button', { name: 'Unduh PDF (3,4 MB)' }));
    expect(await screen.findByText('Laporan tersimpan sebagai laporan-spbe-2026.pdf.')).toBeTruthy();
    expect(saved.map(({ name }) => name)).toEqual(['laporan-spbe-2026.pdf']);
    expect(saved[0]?.blob.type).toBe('application/pdf');
    expect(await saved[0]?.blob.text()).toBe('pdf of laporan-7');
    expect(reportRequests(registry).at(-1)).toEqual(
      expect.objectContaining({
        method: 'GET',
        path: '/api/evidence/reports/laporan-7/files/laporan-spbe-2026.pdf',
        authorization: 'Bearer console-token',
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Unduh ZIP (1,2 MB)' }));
    expect(await screen.findByText('Laporan tersimpan sebagai bas-spbe-2026.zip.')).toBeTruthy();
    expect(saved.map(({ name }) => name)).toEqual(['laporan-spbe-2026.pdf', 'bas-spbe-2026.zip']);
  });

  it('says why a download failed', async () => {
    await renderConsole(server, {
      path: '/spbe',
      registry: fakeRegistry(catalogFixture(), [], [evidenceReportFixture('done', { id: 'laporan-7' })]),
      answers: [
        http.get(`${registryUrl}/api/evidence/reports/:id/files/:name`, () =>
          HttpResponse.json(
            { code: 'NOT_FOUND', message: 'The report’s files were removed; generate the report again.' },
            { status: 404 },
          ),
        ),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh ZIP (1,2 MB)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tindakan tidak berhasil');
    expect(alert.textContent).toContain(
      'Registri menolak permintaan ini (GET /api/evidence/reports/laporan-7/files/bas-spbe-2026.zip, HTTP 404)',
    );
    expect(alert.textContent).toContain('The report’s files were removed; generate the report again.');
  });

  it('shows a failed report’s reason and what to do', async () => {
    await renderConsole(server, {
      path: '/spbe',
      registry: fakeRegistry(catalogFixture(), [], [evidenceReportFixture('failed')]),
    });
    const [shown] = await reportsShown();
    expect(shown).toContain('Gagal pada 30 Nov 2026, 10.07 WIB. Sebabnya menurut layanan evidence:');
    expect(shown).toContain('Chromium could not be started on the evidence service');
    expect(shown).toContain('Perbaiki sebabnya, lalu buat laporannya lagi.');
    expect(screen.queryByRole('button', { name: /^Unduh (ZIP|PDF)/ })).toBeNull();
  });

  it('says when the service is busy with another report, and shows that one’s progress', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const registry = fakeRegistry(catalogFixture());
    await renderConsole(server, { path: '/spbe', registry });
    await screen.findByText('Belum ada laporan yang dibuat.', { exact: false });
    // Another admin starts one after the list was read.
    registry.reports.push(
      evidenceReportFixture('running', { id: 'laporan-siti', period: lastYear, requestedBy: 'Siti Admin' }),
    );

    fireEvent.click(screen.getByRole('button', { name: `Buat laporan ${thisYear}` }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: /Laporan lain sedang dibuat/ })).toBeTruthy();
    expect(alert.textContent).toContain(
      `The ${lastYear} report is being generated; wait until it is done, then ask again.`,
    );
    expect(alert.textContent).toContain('Layanan evidence membuat satu laporan pada satu waktu.');
    expect(await reportsShown()).toEqual([
      expect.stringMatching(
        new RegExp(`^Laporan ${lastYear} · .*Diminta oleh Siti Admin.*Memotret layanan 12 dari 204\\.$`),
      ),
    ]);

    // Once that one is done, there is nothing to wait for any more.
    registry.reports[0] = evidenceReportFixture('done', { id: 'laporan-siti', period: lastYear });
    await nextPoll();
    expect(await screen.findByRole('button', { name: 'Unduh ZIP (1,2 MB)' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what the service answered when it refuses someone who is not an admin', async () => {
    const refuse = () =>
      HttpResponse.json(
        { code: 'FORBIDDEN', message: 'Only platform admins may generate the SPBE report.' },
        { status: 403 },
      );
    await renderConsole(server, {
      path: '/spbe',
      answers: [
        http.get(`${registryUrl}/api/evidence/reports`, refuse),
        http.post(`${registryUrl}/api/evidence/reports`, refuse),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data tidak dapat dimuat');
    expect(alert.textContent).toContain(
      'Registri menolak permintaan ini (GET /api/evidence/reports, HTTP 403)',
    );
    expect(alert.textContent).toContain('Only platform admins may generate the SPBE report.');

    fireEvent.click(screen.getByRole('button', { name: `Buat laporan ${thisYear}` }));
    expect(await screen.findByText('Tindakan tidak berhasil')).toBeTruthy();
    expect(
      screen.getByText(
        'Registri menolak permintaan ini (POST /api/evidence/reports, HTTP 403). Alasannya menurut registri:',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Laporan yang dibuat, yang terbaru di atas' })).toBeNull();
  });

  it('says it all in English when English is chosen', async () => {
    localStorage.setItem('bas-console.lang', 'en');
    await renderConsole(server, {
      path: '/spbe',
      registry: fakeRegistry(
        catalogFixture(),
        [],
        [
          evidenceReportFixture('running', {
            id: 'laporan-1',
            period: thisYear,
            startedAt: '2026-12-01T03:00:00.000Z',
          }),
          evidenceReportFixture('done', { id: 'laporan-0', screenshots: false }),
        ],
      ),
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Full report (PDF and ZIP)' })).toBeTruthy();
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', {
        name: 'With screenshots of the services (a few minutes)',
      }).checked,
    ).toBe(true);
    expect(screen.getByRole('button', { name: `Generate the ${thisYear} report` })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Reports generated, the newest first' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([`Report ${thisYear} · 1 Dec 2026, 10:00 WIB`, 'Report 2026 · 30 Nov 2026, 10:00 WIB']);
    expect(list.textContent).toContain('Being generated. Photographing service 12 of 204.');
    expect(list.textContent).toContain('Asked for by Admin Platform, without screenshots.');
    expect(within(list).getByRole('button', { name: 'Download ZIP (1.2 MB)' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Download PDF (3.4 MB)' })).toBeTruthy();
  });
});
