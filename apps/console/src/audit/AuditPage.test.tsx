import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '../api/registryApi.ts';
import { catalogFixture } from '../testing/catalogFixture.ts';
import { fakeRegistry } from '../testing/fakeRegistry.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { renderConsole } from '../testing/renderConsole.tsx';

const server = mockNetwork();
afterEach(() => vi.restoreAllMocks());

const records: AuditRecord[] = [
  {
    id: 12,
    at: '2026-11-29T03:00:00.000Z',
    actor: 'admin',
    action: 'disable',
    appId: 'pengumuman',
    version: '1.2.0',
    reason: 'Kebocoran data dilaporkan',
  },
  {
    id: 11,
    at: '2026-11-28T03:00:00.000Z',
    actor: 'dev.diskominfo',
    action: 'publish',
    appId: 'pengumuman',
    version: '1.3.0',
    reason: null,
  },
];

describe('the audit log', () => {
  it('lists who did what and why, and sends the filters with dates as WIB days', async () => {
    const registry = fakeRegistry(catalogFixture(), records);
    await renderConsole(server, { path: '/audit', registry });
    const table = await screen.findByRole('table', { name: '2 catatan, yang terbaru di atas' });
    const disabled = within(table).getByRole('row', { name: /Nonaktifkan/ });
    expect(within(disabled).getByText('Kebocoran data dilaporkan')).toBeTruthy();
    expect(within(disabled).getByRole('link', { name: 'pengumuman' }).getAttribute('href')).toBe(
      '/katalog/pengumuman',
    );

    fireEvent.change(screen.getByLabelText('Pelaku (nama pengguna)'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Tindakan'), { target: { value: 'disable' } });
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '29/11/2026' } });
    fireEvent.change(screen.getByLabelText('Sampai tanggal'), { target: { value: '30 November 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan saringan' }));
    await vi.waitFor(() =>
      expect(registry.requests.filter((request) => request.path === '/api/audit')).toHaveLength(2),
    );
    const filtered = registry.requests.filter((request) => request.path === '/api/audit')[1];
    expect(Object.fromEntries(new URLSearchParams(filtered?.search))).toEqual({
      actor: 'admin',
      action: 'disable',
      // 29 November 00:00 WIB up to 1 December 00:00 WIB: both days whole.
      since: '2026-11-28T17:00:00.000Z',
      until: '2026-11-30T17:00:00.000Z',
      limit: '100',
    });
  });

  it('refuses a date range that ends before it starts, sending nothing', async () => {
    const registry = fakeRegistry(catalogFixture(), records);
    await renderConsole(server, { path: '/audit', registry });
    await screen.findByRole('table', { name: /catatan/ });
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '30/11/2026' } });
    fireEvent.change(screen.getByLabelText('Sampai tanggal'), { target: { value: '29/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan saringan' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tanggal "sampai" harus sama dengan atau sesudah tanggal "dari".',
    );
    expect(registry.requests.filter((request) => request.path === '/api/audit')).toHaveLength(1);
  });

  it('downloads the CSV with the person’s token and the same filters, as a file', async () => {
    const saved: { name: string; type: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://console.test/csv');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: this.href });
    });
    const registry = fakeRegistry(catalogFixture(), records);
    await renderConsole(server, { path: '/audit?app=pengumuman', registry });
    await screen.findByRole('table', { name: /catatan/ });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(
      await screen.findByText(/^Log audit tersimpan sebagai audit-bas-\d{4}-\d{2}-\d{2}\.csv\.$/),
    ).toBeTruthy();
    expect(saved).toEqual([
      { name: expect.stringMatching(/^audit-bas-/) as unknown, type: 'blob:http://console.test/csv' },
    ]);
    expect(registry.requests.find((request) => request.path === '/api/audit.csv')).toMatchObject({
      search: '?app=pengumuman&limit=5000',
      authorization: 'Bearer console-token',
    });
  });

  it('is for admins: a developer who follows a link to it is told so', async () => {
    const { fakeKeycloak } = await import('../testing/fakeKeycloak.ts');
    const developer = fakeKeycloak({ roles: ['developer'], agency: 'disdukcapil' });
    const registry = fakeRegistry(catalogFixture(), records);
    await renderConsole(server, { path: '/audit', keycloak: developer, registry });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Halaman ini hanya untuk admin platform' }),
    ).toBeTruthy();
    expect(registry.requests).toEqual([]);
  });
});
