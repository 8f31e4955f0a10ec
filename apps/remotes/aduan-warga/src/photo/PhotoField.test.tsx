import { act, fireEvent, screen } from '@testing-library/react';
import { mockApi } from '../testing/mockApi.ts';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../mocks/handlers.ts';
import { mountApp } from '../testing/mountApp.tsx';

// happy-dom has no canvas: the re-encoding shell gives back a small clean JPEG, as a browser's canvas would.
vi.mock('./reencodePhoto.ts', () => ({
  reencodePhoto: () =>
    Promise.resolve(
      new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 1, 2, 0xff, 0xd9])], { type: 'image/jpeg' }),
    ),
}));

const server = mockApi();

const choose = (file: File) =>
  act(
    async () =>
      void fireEvent.change(screen.getByLabelText('Foto (tidak wajib)'), { target: { files: [file] } }),
  );
const photoOf = (bytes: number, type = 'image/jpeg') =>
  new File([new Uint8Array(bytes)], 'lampu.jpg', { type });

async function openForm() {
  server.use(...createHandlers());
  mountApp();
  await screen.findByText('Anda belum pernah mengirim aduan.');
}

describe('the photo', () => {
  it('refuses a photo above 10 MB, saying how large it is', async () => {
    await openForm();
    await choose(photoOf(10.4 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toBe(
      'Foto ini 10,4 MB, terlalu besar: paling besar 10 MB.',
    );
    expect(screen.getByLabelText('Foto (tidak wajib)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('refuses a file that is not a JPEG, PNG or WebP photo', async () => {
    await openForm();
    await choose(photoOf(1000, 'image/heic'));
    expect(screen.getByRole('alert').textContent).toBe('Pilih foto berformat JPEG, PNG atau WebP.');
  });

  it('previews the re-encoded photo, removes it on request, and files it with the complaint', async () => {
    await openForm();
    await choose(photoOf(3 * 1024 * 1024, 'image/png'));
    const preview = await screen.findByRole('img', { name: 'Pratinjau foto yang akan dikirim' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Hapus foto' })));
    expect(screen.queryByRole('img')).toBeNull();

    await choose(photoOf(3 * 1024 * 1024));
    await screen.findByRole('img', { name: 'Pratinjau foto yang akan dikirim' });
    const fill = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    fill('Kategori', 'penerangan');
    fill('Kecamatan', 'Bogor Tengah');
    fill('Lokasi (nama jalan, patokan)', 'depan SDN Polisi 1, Jl. Paledang');
    fill('Apa yang terjadi?', 'Lampu jalan mati sejak seminggu, gelap sekali di malam hari.');
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Kirim aduan' })));
    expect((await screen.findByText('ADU-000001')).closest('li')?.textContent).toContain('dengan foto');
    // The form is blank again, the photo too.
    expect(screen.queryByRole('img')).toBeNull();
  });
});
