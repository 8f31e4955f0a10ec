import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { fakeRegistry } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';

const server = mockNetwork();

const changesSent = (registry: ReturnType<typeof fakeRegistry>) =>
  registry.requests.filter((request) => request.method !== 'GET');

describe('the approval queue', () => {
  it('lists every pending version, the longest waiting first, each with a way to review it', async () => {
    await renderConsole(server, { path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Antrean persetujuan' })).toBeTruthy();
    expect(document.title).toBe('Antrean persetujuan — Pusat Kendali BAS');
    const table = await screen.findByRole('table', { name: /2 versi menunggu persetujuan/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Antrean KTPantrean-ktp',
      'Pengumuman Kotapengumuman',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('belum ada (aplikasi baru)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tinjau Pengumuman Kota 1.3.0' }).getAttribute('href')).toBe(
      '/antrean/pengumuman/1.3.0',
    );
  });
});

describe('reviewing a version', () => {
  it('marks a role change as "Perubahan sensitif" in words, not only by colour', async () => {
    await renderConsole(server, { path: '/antrean/pengumuman/1.3.0' });
    const table = await screen.findByRole('table', {
      name: 'Isian entri yang berbeda antara 1.2.0 dan 1.3.0',
    });
    const role = within(table).getByRole('row', { name: /role/ });
    expect(within(role).getByText('Perubahan sensitif')).toBeTruthy();
    expect(role.className).toBe('sensitive');
    const description = within(table).getByRole('row', { name: /description\.id/ });
    expect(within(description).queryByText('Perubahan sensitif')).toBeNull();
    expect(screen.getByText(/^1 perubahan sensitif/)).toBeTruthy();
    expect(screen.getByText('Diterbitkan oleh dev.diskominfo', { exact: false })).toBeTruthy();
    // The build's files: what was added, removed and changed, with the totals.
    const files = screen.getByRole('table', { name: /Berkas build yang berbeda/ });
    expect(within(files).getByRole('row', { name: /assets\/chart\.js Ditambah/ })).toBeTruthy();
    expect(within(files).getByRole('row', { name: /assets\/old\.js Dihapus/ })).toBeTruthy();
    expect(within(files).getByRole('row', { name: /Total \(3 → 3 berkas\)/ })).toBeTruthy();
  });

  it('refuses to reject without a reason: the error summary says why and nothing is sent', async () => {
    const { registry } = await renderConsole(server, { path: '/antrean/pengumuman/1.3.0' });
    fireEvent.click(await screen.findByRole('button', { name: 'Tolak versi ini' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Ada yang perlu diperbaiki');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Tulis alasan penolakan, agar pengembang instansi tahu apa yang perlu diperbaiki.',
    );
    expect(screen.getByLabelText('Alasan').getAttribute('aria-invalid')).toBe('true');
    expect(changesSent(registry)).toEqual([]);
  });

  it('approves with the reason in the body, then says so on the queue, which no longer lists it', async () => {
    const { registry } = await renderConsole(server, { path: '/antrean/pengumuman/1.3.0' });
    fireEvent.change(await screen.findByLabelText('Alasan'), {
      target: { value: 'Diperiksa bersama Diskominfo; peran internal disengaja.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Setujui dan sajikan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Antrean persetujuan' })).toBeTruthy();
    expect(changesSent(registry)).toEqual([
      {
        method: 'POST',
        path: '/api/apps/pengumuman/versions/1.3.0/approve',
        search: '',
        authorization: 'Bearer console-token',
        body: { reason: 'Diperiksa bersama Diskominfo; peran internal disengaja.' },
      },
    ]);
    const status = screen.getAllByRole('status').find((region) => region.classList.contains('flash'));
    expect(status?.textContent).toContain('Pengumuman Kota 1.3.0 disetujui dan kini disajikan portal.');
    expect(await screen.findByRole('table', { name: /1 versi menunggu persetujuan/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tinjau Pengumuman Kota 1.3.0' })).toBeNull();
  });
});
