import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext, fakeAccessToken } from '@bas/sdk/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { mockApi } from './testing/mockApi.ts';
import { describe, expect, it } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.tsx';

const apiBase = 'http://aduan.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = mockApi();
const budi = { username: 'warga', name: 'Budi', roles: ['warga'] };

function mountApp() {
  const test = createTestContext({ entry, user: budi, accessToken: fakeAccessToken(budi) });
  const element = document.body.appendChild(document.createElement('div'));
  act(() => void createRemote(apiBase).mount(element, test.context));
  return test;
}
const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('aduan-warga', () => {
  it('fulfils the remote contract', async () => {
    server.use(...createHandlers());
    await checkRemoteContract(createRemote(apiBase), { entry, user: budi, expectText: 'Aduan saya' });
  });

  it('files a complaint with category and location, forwards it, and lists it with its status', async () => {
    server.use(...createHandlers());
    const { record } = mountApp();
    expect(await screen.findByText('Anda belum pernah mengirim aduan.')).toBeTruthy();

    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Kirim aduan' })));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).toEqual([
      'Pilih kategori aduan',
      'Pilih kecamatan tempat kejadian',
      'Sebutkan lokasinya (jalan, patokan) atau tandai di peta',
      'Ceritakan apa yang terjadi, minimal 20 huruf',
    ]);
    expect(screen.getByLabelText('Kategori').getAttribute('aria-invalid')).toBe('true');
    act(() =>
      fireEvent.click(screen.getByRole('link', { name: 'Ceritakan apa yang terjadi, minimal 20 huruf' })),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Apa yang terjadi?'));

    change('Kategori', 'jalan');
    change('Kecamatan', 'Bogor Tengah');
    change('Lokasi (nama jalan, patokan)', 'Jl. Suryakencana depan Vihara Dhanagun');
    change('Apa yang terjadi?', 'Lubang besar di tengah jalan, sudah dua motor jatuh minggu ini.');
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Kirim aduan' })));

    expect(await screen.findByText('ADU-000001')).toBeTruthy();
    const filed = screen.getByText('ADU-000001').closest('li');
    expect(filed?.textContent).toContain('Jalan rusak');
    expect(filed?.textContent).toContain('(Bogor Tengah), ditangani DPUPR');
    expect(record.toasts).toEqual([{ message: 'Aduan ADU-000001 diteruskan ke DPUPR.', tone: 'success' }]);
    expect(record.events).toEqual([
      { name: 'aduan-dikirim', data: { category: 'jalan', kecamatan: 'Bogor Tengah' } },
    ]);
    // Reported to the portal's "Permohonan saya": the category and the steps, never where or what happened.
    expect(record.requests).toEqual([
      expect.objectContaining({
        id: 'ADU-000001',
        title: { id: 'Aduan: Jalan rusak', en: expect.stringMatching(/^Complaint: /) },
        status: expect.objectContaining({ id: 'Diterima' }),
        link: '',
      }),
    ]);
    expect(record.requests[0]?.steps[0]).toMatchObject({ state: 'current', date: expect.any(String) });
    expect(JSON.stringify(record.requests)).not.toMatch(/Suryakencana|Lubang/);
    expect((screen.getByLabelText('Apa yang terjadi?') as HTMLTextAreaElement).value).toBe('');
  });
});
