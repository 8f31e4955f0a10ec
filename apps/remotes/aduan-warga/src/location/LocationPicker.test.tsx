import { act, fireEvent, screen } from '@testing-library/react';
import { mockApi } from '../testing/mockApi.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../mocks/handlers.ts';
import { mountApp } from '../testing/mountApp.tsx';

/** happy-dom's own controls: it loads images only when told to, and lets a test answer its requests. */
const happyDom = (window as unknown as { happyDOM: { settings: HappyDomSettings } }).happyDOM.settings;
interface HappyDomSettings {
  enableImageFileLoading: boolean;
  fetch: {
    interceptor: { beforeAsyncRequest(context: { request: Request }): Promise<Response | undefined> } | null;
  };
}

const server = mockApi(() => {
  happyDom.enableImageFileLoading = false;
  happyDom.fetch.interceptor = null;
});

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));

async function describeStreetLight() {
  server.use(...createHandlers());
  mountApp();
  await screen.findByText('Anda belum pernah mengirim aduan.');
  fill('Kategori', 'penerangan');
  fill('Kecamatan', 'Bogor Tengah');
  fill('Apa yang terjadi?', 'Lampu jalan mati sejak seminggu, gelap sekali di malam hari.');
}

describe('the location', () => {
  it('hides the map and says so when its tiles cannot be loaded, and the text field still files the complaint', async () => {
    // As on a network without the tile server: every tile answers with an error.
    happyDom.enableImageFileLoading = true;
    happyDom.fetch.interceptor = {
      beforeAsyncRequest: ({ request }) =>
        Promise.resolve(
          request.url.startsWith('https://tile.openstreetmap.org/') ? Response.error() : undefined,
        ),
    };
    await describeStreetLight();
    await click('Tandai di peta');

    // The tone is said in words too: "Perhatian" is what a screen reader hears before the message.
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Perhatian: Peta tidak dapat dimuat di jaringan ini. Tulis lokasinya di kolom Lokasi.',
    );
    expect(screen.queryByRole('region', { name: /Peta Kota Bogor/ })).toBeNull();
    expect(document.head.querySelector('style[data-aduan-warga="leaflet"]')).not.toBeNull();

    fill('Lokasi (nama jalan, patokan)', 'depan SDN Polisi 1, Jl. Paledang');
    await click('Kirim aduan');
    expect((await screen.findByText('ADU-000001')).closest('li')?.textContent).toContain(
      'depan SDN Polisi 1, Jl. Paledang',
    );
  });

  it('takes a pin tapped on the map instead of a street, and sends its coordinates', async () => {
    await describeStreetLight();
    await click('Tandai di peta');
    const map = await screen.findByRole('region', {
      name: 'Peta Kota Bogor: ketuk tempat kejadian untuk menandainya',
    });
    await act(() => fireEvent.click(map));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Berhasil: Titik ditandai: -6\.\d{5}, 106\.\d{5}$/,
    );
    expect(screen.getByLabelText('Lokasi (nama jalan, patokan)').getAttribute('aria-required')).toBe('false');

    await click('Kirim aduan');
    expect((await screen.findByText('ADU-000001')).closest('li')?.textContent).toMatch(
      /Titik ditandai: -6\.\d{5}, 106\.\d{5} \(Bogor Tengah\)/,
    );
  });

  describe("with the device's location", () => {
    const answer = (outcome: { coords: { latitude: number; longitude: number } } | { code: number }) =>
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition(found: (position: unknown) => void, failed: (error: unknown) => void) {
            if ('coords' in outcome) found(outcome);
            else failed({ ...outcome, PERMISSION_DENIED: 1 });
          },
        },
      });
    afterEach(() => Reflect.deleteProperty(navigator, 'geolocation'));

    it('says what to do when the person refuses, and still asks for the street', async () => {
      answer({ code: 1 });
      await describeStreetLight();
      await click('Gunakan lokasi saya');
      expect(screen.getByRole('alert').textContent).toBe(
        'Perhatian: Izin lokasi ditolak. Tulis lokasinya di kolom Lokasi, atau izinkan lokasi di pengaturan peramban.',
      );
      await click('Kirim aduan');
      expect(screen.getByLabelText('Lokasi (nama jalan, patokan)').getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById('aduan-location-error')?.textContent).toMatch(
        /^Kesalahan: Sebutkan lokasinya/,
      );
    });

    it('pins where the device is, which is enough to file', async () => {
      answer({ coords: { latitude: -6.60123456, longitude: 106.79654321 } });
      await describeStreetLight();
      await click('Gunakan lokasi saya');
      expect(screen.getByRole('status').textContent).toBe('Berhasil: Titik ditandai: -6.60123, 106.79654');
      await click('Hapus titik');
      expect(screen.getByRole('status').textContent).toBe('');
      await click('Gunakan lokasi saya');
      await click('Kirim aduan');
      expect((await screen.findByText('ADU-000001')).closest('li')?.textContent).toContain(
        'Titik ditandai: -6.60123, 106.79654 (Bogor Tengah)',
      );
    });
  });
});
