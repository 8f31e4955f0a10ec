import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AppSummary } from '../api/registryApi.ts';
import { catalogFixture } from '../testing/catalogFixture.ts';
import { fakeKeycloak } from '../testing/fakeKeycloak.ts';
import { fakeRegistry, registryUrl } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';

const server = mockNetwork();

/** The app names in the catalog table, top to bottom. */
const namesShown = async () => {
  const table = await screen.findByRole('table', { name: /Aplikasi di katalog/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('link').textContent);
};
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('the catalog', () => {
  it('sorts by a column on its header, saying the order with aria-sort', async () => {
    await renderConsole(server, { path: '/katalog' });
    expect(await namesShown()).toEqual([
      'Antrean KTP',
      'Cuti Online',
      'Dokumen Kependudukan',
      'Izin Pemakaman TPU',
      'Pengumuman Kota',
    ]);
    expect(header('Aplikasi').getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(within(header('Perubahan terakhir')).getByRole('button'));
    expect(header('Perubahan terakhir').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Aplikasi').getAttribute('aria-sort')).toBeNull();
    expect((await namesShown())[0]).toBe('Dokumen Kependudukan');

    fireEvent.click(within(header('Perubahan terakhir')).getByRole('button'));
    expect(header('Perubahan terakhir').getAttribute('aria-sort')).toBe('descending');
    expect((await namesShown())[0]).toBe('Pengumuman Kota');
    expect(window.location.search).toBe('?sort=changed&direction=descending');
  });

  it('filters by agency, kind and status, and says how many of how many it shows', async () => {
    await renderConsole(server, { path: '/katalog' });
    await namesShown();
    fireEvent.change(screen.getByLabelText('Instansi'), { target: { value: 'disdukcapil' } });
    expect(await namesShown()).toEqual(['Antrean KTP', 'Dokumen Kependudukan']);
    expect(screen.getByRole('table', { name: 'Aplikasi di katalog: 2 dari 5' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Instansi'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'iframe' } });
    expect(await namesShown()).toEqual(['Izin Pemakaman TPU']);

    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'maintenance' } });
    expect(await namesShown()).toEqual(['Cuti Online']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'disabled' } });
    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'link' } });
    expect(await screen.findByText('Tidak ada aplikasi yang cocok dengan saringan ini.')).toBeTruthy();
  });

  it('lists 250 apps from one request, none per row', async () => {
    const [model] = catalogFixture();
    if (model === undefined) throw new Error('the catalog fixture has no app');
    const many: AppSummary[] = Array.from({ length: 250 }, (_, index) => ({
      ...model,
      id: `layanan-${String(index).padStart(3, '0')}`,
      name: { id: `Layanan ${index}`, en: `Service ${index}` },
    }));
    const { registry } = await renderConsole(server, { path: '/katalog', registry: fakeRegistry(many) });
    expect(await screen.findByRole('table', { name: 'Aplikasi di katalog: 250 dari 250' })).toBeTruthy();
    expect(registry.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/apps',
    ]);
  });

  it('shows the monitor’s verdict as a column and a filter once the list carries it', async () => {
    const apps = catalogFixture().map((app) => ({
      ...app,
      health: app.id === 'cuti-online' ? ('down' as const) : ('up' as const),
    }));
    await renderConsole(server, { path: '/katalog', registry: fakeRegistry(apps) });
    await namesShown();
    fireEvent.change(screen.getByLabelText('Kesehatan'), { target: { value: 'down' } });
    expect(await namesShown()).toEqual(['Cuti Online']);
    expect(within(screen.getByRole('row', { name: /Cuti Online/ })).getByText('Mati')).toBeTruthy();
  });

  it('says plainly when the registry answers in a shape the console does not understand', async () => {
    const wrongShape = http.get(`${registryUrl}/api/apps`, () =>
      HttpResponse.json({ apps: [{ id: 'pengumuman', name: 'Pengumuman' }] }),
    );
    await renderConsole(server, { path: '/katalog', answers: [wrongShape] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Registri menjawab GET /api/apps dengan bentuk yang tidak dipahami konsol ini',
    );
    expect(alert.textContent).toContain('apps.0.name');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });
});

describe('an app page', () => {
  it('disables an app only with a reason given in the confirmation dialog, then says so', async () => {
    const { registry } = await renderConsole(server, { path: '/katalog/pengumuman' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengumuman Kota' })).toBeTruthy();
    const disable = screen.getByRole('button', { name: 'Nonaktifkan aplikasi' });
    disable.focus();
    fireEvent.click(disable);

    const dialog = await screen.findByRole('dialog', { name: 'Nonaktifkan Pengumuman Kota?' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Alasan'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nonaktifkan' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Tulis alasannya');
    expect(registry.requests.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Alasan'), {
      target: { value: 'Kebocoran data dilaporkan' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nonaktifkan' }));
    expect(
      await screen.findByText('Pengumuman Kota dinonaktifkan dan tidak lagi tampil di portal.'),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(registry.requests.find((request) => request.method === 'POST')).toMatchObject({
      path: '/api/apps/pengumuman/disable',
      body: { reason: 'Kebocoran data dilaporkan' },
    });
    expect(await screen.findByRole('button', { name: 'Aktifkan lagi' })).toBeTruthy();
  });

  it('rolls back to an earlier approved version with the version and the reason in the body', async () => {
    const { registry } = await renderConsole(server, { path: '/katalog/pengumuman' });
    fireEvent.click(await screen.findByRole('button', { name: 'Kembalikan ke 1.0.0' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan Pengumuman Kota ke 1.0.0?' });
    expect(within(dialog).getByText(/menyajikan 1\.0\.0 lagi menggantikan 1\.2\.0/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Alasan'), {
      target: { value: '1.2.0 gagal dimuat di Android lama' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan ke 1.0.0' }));
    expect(await screen.findByText('Pengumuman Kota kini menyajikan 1.0.0 lagi.')).toBeTruthy();
    expect(registry.requests.find((request) => request.method === 'POST')).toMatchObject({
      path: '/api/apps/pengumuman/rollback',
      body: { version: '1.0.0', reason: '1.2.0 gagal dimuat di Android lama' },
    });
  });

  it('shows the monitor’s view: the status in words, the month’s availability, the latest probes', async () => {
    const health = http.get(`${registryUrl}/api/apps/pengumuman/health`, () =>
      HttpResponse.json({
        app: 'pengumuman',
        status: 'down',
        since: '2026-11-30T01:00:00.000Z',
        problem: 'timeout',
        reason: 'https://aset.test/remotes/pengumuman/1.2.0/remoteEntry.js did not answer within 5 s',
        checkedAt: '2026-11-30T01:05:00.000Z',
        lastProbes: [
          {
            at: '2026-11-30T01:05:00.000Z',
            status: 'down',
            problem: 'timeout',
            reason: 'no answer within 5 s',
            latencyMs: null,
            certificateDays: null,
          },
          {
            at: '2026-11-30T00:55:00.000Z',
            status: 'up',
            problem: null,
            reason: null,
            latencyMs: 120,
            certificateDays: 80,
          },
        ],
        uptime: {
          days: [
            { day: '2026-11-29', probes: 288, ok: 288, ratio: 1 },
            { day: '2026-11-30', probes: 20, ok: 14, ratio: 0.7 },
          ],
          months: [{ month: '2026-11', probes: 308, ok: 302, ratio: 0.9805 }],
        },
        latency: { p50Ms: 120, p95Ms: 480, probes: 302 },
      }),
    );
    await renderConsole(server, { path: '/katalog/pengumuman', answers: [health] });
    // 01:00 UTC is 08.00 in Kota Bogor.
    expect(await screen.findByText(/^sejak .*08\.00 WIB$/)).toBeTruthy();
    expect(screen.getAllByText('Mati')).toHaveLength(2);
    expect(screen.getByText(/^Sebab: https:\/\/aset\.test/)).toBeTruthy();
    expect(screen.getByText('98,05%')).toBeTruthy();
    const probes = screen.getByRole('table', { name: 'Pemeriksaan terakhir' });
    expect(within(probes).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/: 70%$/)).toBeTruthy();
  });

  it('shows a developer their app’s versions, without approve, roll back or disable, and how to publish', async () => {
    const developer = fakeKeycloak({
      username: 'dev.disdukcapil',
      name: 'Dev Disdukcapil',
      roles: ['developer'],
      agency: 'disdukcapil',
    });
    await renderConsole(server, { path: '/', keycloak: developer });
    expect(await screen.findByRole('heading', { level: 1, name: 'Katalog' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Antrean persetujuan' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Log audit' })).toBeNull();
    expect(screen.getByText('npx bas-remote publish')).toBeTruthy();

    fireEvent.click(await screen.findByRole('link', { name: 'Pengumuman Kota' }));
    expect(
      await screen.findByRole('table', { name: 'Versi Pengumuman Kota, yang terbaru di atas' }),
    ).toBeTruthy();
    expect(screen.getByText('Menunggu persetujuan')).toBeTruthy();
    for (const name of [/Setujui/, /Tinjau/, /Kembalikan ke/, /Nonaktifkan/, /Aktifkan/]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
  });
});
