import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext, fakeAccessToken } from '@bas/sdk/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.tsx';

const apiBase = 'http://disdukcapil.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = setupServer();
const siti = { username: 'warga', name: 'Siti Aminah', roles: ['warga'] };
const tokenFor = (username: string) => fakeAccessToken({ ...siti, username });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.innerHTML = '';
});
afterAll(() => server.close());

function mountApp(path = '/layanan/dokumen-kependudukan', username = 'warga') {
  const test = createTestContext({ entry, user: siti, accessToken: tokenFor(username) });
  // The context's `path` option is taken as a pathname whole; a query string (`baru?jenis=kk`) needs its navigation.
  test.navigateTo(path);
  const element = document.body.appendChild(document.createElement('div'));
  let unmount = () => {};
  act(() => {
    unmount = createRemote(apiBase).mount(element, test.context);
  });
  return { ...test, element, unmount: () => act(() => unmount()) };
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const next = () =>
  act(() => fireEvent.click(screen.getByRole('button', { name: /Lanjut|Kirim permohonan/ })));

describe('dokumen-kependudukan', () => {
  it('fulfils the remote contract', async () => {
    server.use(...createHandlers());
    await checkRemoteContract(createRemote(apiBase), { entry, user: siti, expectText: 'Permohonan saya' });
  });

  it('walks an applicant through the four steps, refusing each step until it is valid, and says what happens next', async () => {
    server.use(...createHandlers());
    const { record } = mountApp('/layanan/dokumen-kependudukan/baru');
    expect(await screen.findByText('Langkah 1 dari 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Informasi: Yang perlu Anda siapkan' })).toBeTruthy();

    await next();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toBe('Ada yang perlu diperbaikiPilih dokumen yang Anda mohon');
    expect(document.activeElement).toBe(summary);
    await act(() => fireEvent.click(screen.getByLabelText('Kartu Keluarga')));
    await next();
    expect(screen.queryByText('Yang perlu Anda siapkan', { exact: false })).toBeNull();

    // As printed on the card, in groups: accepted and stored as 16 digits.
    fill('NIK (16 angka)', '3271 0101 0101');
    fill('Nomor Kartu Keluarga (16 angka)', '3271.0101.0101.0002');
    fill('Nama lengkap sesuai KK', 'Siti Aminah');
    await next();
    const nik = screen.getByLabelText('NIK (16 angka)');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    const link = screen.getByRole('link', { name: 'NIK harus 16 angka' });
    act(() => fireEvent.click(link));
    expect(document.activeElement).toBe(nik);
    fill('NIK (16 angka)', '3271 0101 0101 0001');
    await next();

    fill('Alamat', 'Jl. Pajajaran No. 10, RT 01/RW 02');
    fill('Kelurahan', 'Baranangsiang');
    fill('Alasan permohonan', 'Kartu Keluarga hilang');
    await next();
    expect(screen.getByText('Langkah 4 dari 4')).toBeTruthy();
    expect(screen.getByText('3271010101010001')).toBeTruthy();
    expect(screen.getByText('3271010101010002')).toBeTruthy();

    await next();
    expect(await screen.findByRole('heading', { name: 'Permohonan terkirim' })).toBeTruthy();
    expect(screen.getByText(/^DK-\d{4}-00001$/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Apa selanjutnya' })).toBeTruthy();
    expect(screen.getByText(/dalam 7 hari kerja/)).toBeTruthy();
    expect(record.toasts).toEqual([
      { message: expect.stringMatching(/^Permohonan DK-\d{4}-00001 terkirim\.$/), tone: 'success' },
    ]);
    expect(record.events).toEqual([{ name: 'permohonan-dikirim', data: { kind: 'kk' } }]);
    // Done for now: the portal may invite the applicant to the satisfaction survey.
    expect(record.surveys).toEqual(['offered']);

    await act(() => fireEvent.click(screen.getByRole('link', { name: 'Lihat status permohonan' })));
    expect(await screen.findByText(/Status permohonan DK-\d{4}-00001/)).toBeTruthy();
    expect(await screen.findByText(/NIK …0001/)).toBeTruthy();
    const stages = screen.getAllByRole('listitem').map((item) => item.textContent);
    const today = new Intl.DateTimeFormat('id', { dateStyle: 'long' }).format(new Date());
    expect(stages[0]).toBe(`Diterima (selesai)${today}Permohonan diterima sistem.`);
    expect(stages[1]).toContain('Diverifikasi (sedang berjalan)');
    expect(stages.slice(2)).toEqual(['Dicetak (belum)', 'Siap diambil (belum)']);
    // Reported to the portal's "Permohonan saya" when submitted and when its status was read: no name or NIK.
    expect(record.requests[0]?.id).toBe(record.requests.at(-1)?.id);
    expect(record.requests.at(-1)).toMatchObject({
      id: expect.stringMatching(/^DK-\d{4}-00001$/),
      title: { id: 'Kartu Keluarga' },
      link: expect.stringMatching(/^status\/DK-\d{4}-00001$/),
    });
    expect(record.requests.at(-1)?.steps.map((step) => step.state)).toEqual([
      'done',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(JSON.stringify(record.requests)).not.toMatch(/Siti|3271/);
  });

  it('asks for the satisfaction survey only once a request was sent, not when sending failed', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.post('*/api/permohonan', () => HttpResponse.json({ message: 'Server sibuk.' }, { status: 503 }), {
        once: true,
      }),
      ...createHandlers(),
    );
    const { record } = mountApp('/layanan/dokumen-kependudukan/baru?jenis=ktp-el');
    await screen.findByText('Langkah 1 dari 4');
    await next();
    fill('NIK (16 angka)', '3271010101010001');
    fill('Nomor Kartu Keluarga (16 angka)', '3271010101010002');
    fill('Nama lengkap sesuai KK', 'Siti Aminah');
    await next();
    fill('Alamat', 'Jl. Pajajaran No. 10');
    fill('Kelurahan', 'Baranangsiang');
    fill('Alasan permohonan', 'KTP rusak');
    await next();
    await next();
    expect((await screen.findByRole('alert')).textContent).toContain('Server sibuk.');
    expect(record.surveys).toEqual([]);

    await next();
    expect(await screen.findByRole('heading', { name: 'Permohonan terkirim' })).toBeTruthy();
    expect(record.surveys).toEqual(['offered']);
  });

  it('starts on the document a link names, as the life-event journeys link to a child’s card', async () => {
    server.use(...createHandlers());
    mountApp('/layanan/dokumen-kependudukan/baru?jenis=kia');
    await screen.findByText('Langkah 1 dari 4');
    expect((screen.getByLabelText('Kartu Identitas Anak') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(
      1,
    );
  });

  it('chooses no document for a kind it does not issue', async () => {
    server.use(...createHandlers());
    mountApp('/layanan/dokumen-kependudukan/baru?jenis=paspor');
    await screen.findByText('Langkah 1 dari 4');
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
  });

  it('speaks only the chosen language in its messages', async () => {
    server.use(...createHandlers());
    const { setLocale } = mountApp('/layanan/dokumen-kependudukan/baru');
    await screen.findByText('Langkah 1 dari 4');
    act(() => setLocale('en'));
    expect(await screen.findByText('Step 1 of 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Information: What you need' })).toBeTruthy();
    await act(() => fireEvent.click(screen.getByLabelText('Family card')));
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Next' })));
    fill('NIK (16 digits)', '3271');
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Next' })));
    const summary = screen.getByRole('alert').textContent;
    expect(summary).toContain('There is a problem');
    expect(summary).toContain('The NIK must be 16 digits');
    expect(document.body.textContent).not.toMatch(/harus|angka|Periksa/);
  });

  it("lists only the applicant's own requests", async () => {
    const handlers = createHandlers();
    server.use(...handlers);
    const request = {
      kind: 'ktp-el',
      nik: '3271010101010009',
      familyCardNumber: '3271010101010002',
      fullName: 'Budi Santoso',
      address: 'Jl. Suryakencana No. 5',
      kelurahan: 'Babakan Pasar',
      reason: 'KTP rusak',
    };
    await fetch(`${apiBase}permohonan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor('budi')}` },
      body: JSON.stringify(request),
    });
    mountApp();
    expect(await screen.findByText('Belum ada permohonan.')).toBeTruthy();
    const other = await fetch(`${apiBase}permohonan/DK-${new Date().getFullYear()}-00001`, {
      headers: { authorization: `Bearer ${tokenFor('warga')}` },
    });
    expect(other.status).toBe(404);
  });

  it('says what went wrong when the agency API is down, sends it to telemetry, and retries', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/permohonan', () => HttpResponse.error()));
    const { record } = mountApp();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Layanan Disdukcapil tidak dapat dihubungi',
    );
    expect(record.handledErrors).toHaveLength(1);
    server.resetHandlers(...createHandlers());
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' })));
    expect(await screen.findByText('Belum ada permohonan.')).toBeTruthy();
  });

  it('follows the portal language', async () => {
    server.use(...createHandlers());
    const { setLocale } = mountApp();
    await screen.findByText('Permohonan saya');
    act(() => setLocale('en'));
    expect(await screen.findByText('My requests')).toBeTruthy();
  });
});
