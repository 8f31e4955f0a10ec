import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext, fakeAccessToken } from '@bas/sdk/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { workingDays } from './api/leave.ts';
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.tsx';

const apiBase = 'http://bkpsdm.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = setupServer();
const rina = { username: 'asn.bkpsdm', name: 'Rina', roles: ['asn'], agency: 'bkpsdm' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.innerHTML = '';
});
afterAll(() => server.close());

function mountApp(user = rina) {
  const test = createTestContext({ entry, user, accessToken: fakeAccessToken(user) });
  const element = document.body.appendChild(document.createElement('div'));
  act(() => void createRemote(apiBase).mount(element, test.context));
  return test;
}
const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const request = async (type: string, start: string, end: string) => {
  change('Jenis cuti', type);
  change('Mulai', start);
  change('Selesai', end);
  change('Alasan', 'Acara keluarga di Garut');
  await act(() => fireEvent.click(screen.getByRole('button', { name: 'Ajukan' })));
};

describe('cuti-online', () => {
  it('counts working days only', () => {
    expect(workingDays('2027-03-01', '2027-03-05')).toBe(5); // Monday to Friday
    expect(workingDays('2027-03-05', '2027-03-08')).toBe(2); // Friday to Monday
    expect(workingDays('2027-03-06', '2027-03-07')).toBe(0); // a weekend
  });

  it('fulfils the remote contract', async () => {
    server.use(...createHandlers());
    await checkRemoteContract(createRemote(apiBase), {
      entry,
      user: rina,
      expectText: '9 dari 12 hari kerja',
    });
  });

  it('shows the balance, files leave that holds days back, and refuses more than remains with the numbers', async () => {
    server.use(...createHandlers());
    const { record } = mountApp();
    expect(await screen.findByText('9 dari 12 hari kerja')).toBeTruthy();

    change('Mulai', '2027-03-01');
    change('Selesai', '2027-03-05');
    expect(screen.getByText('5 hari kerja')).toBeTruthy();
    await request('tahunan', '2027-03-01', '2027-03-05');
    expect(await screen.findByText('4 dari 12 hari kerja (5 hari menunggu persetujuan)')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toContain(
      'Cuti tahunan: 1 Maret 2027 – 5 Maret 2027, 5 hari kerja (Menunggu)',
    );
    expect(record.toasts).toEqual([
      { message: 'Permohonan cuti 5 hari kerja diajukan ke atasan Anda.', tone: 'success' },
    ]);

    await request('tahunan', '2027-04-05', '2027-04-12');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sisa cuti tahunan Anda 4 hari kerja; permohonan ini 6 hari kerja.',
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('refuses an end before the start in the form', async () => {
    server.use(...createHandlers());
    mountApp();
    await screen.findByText('9 dari 12 hari kerja');
    await request('sakit', '2027-03-05', '2027-03-01');
    expect(screen.getByLabelText('Selesai').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('link', { name: 'Tanggal selesai tidak boleh sebelum tanggal mulai' }),
    ).toBeTruthy();
  });

  it('takes dates as they are written in Indonesia, and says how to write one it cannot read', async () => {
    server.use(...createHandlers());
    mountApp();
    await screen.findByText('9 dari 12 hari kerja');
    change('Mulai', '01/03/2027');
    change('Selesai', '5 Maret 2027');
    expect(screen.getByText('5 hari kerja')).toBeTruthy();
    expect(screen.getByText('Dibaca: 5 Maret 2027')).toBeTruthy();

    await request('tahunan', '1-3-2027', '5 Marte 2027');
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Tulis seperti 17/08/2025 atau 17 Agustus 2025');
    expect(screen.getByLabelText('Mulai').getAttribute('aria-invalid')).toBeNull();

    await request('tahunan', '1-3-2027', '05.03.2027');
    expect(await screen.findByText('4 dari 12 hari kerja (5 hari menunggu persetujuan)')).toBeTruthy();
  });

  it('tells someone who is not a civil servant that the service is for ASN', async () => {
    server.use(...createHandlers());
    mountApp({ username: 'warga', name: 'Siti', roles: ['warga'], agency: '' });
    expect((await screen.findByRole('alert')).textContent).toContain('Cuti Online hanya untuk ASN.');
  });
});
