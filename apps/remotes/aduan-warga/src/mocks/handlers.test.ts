// @vitest-environment node
// The handlers are the desk's API in the dev stack too, where they run on Node.
import { fakeAccessToken } from '@bas/sdk/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FiledComplaint } from '../api/complaint.ts';
import { apiBase, budi } from '../testing/mountApp.tsx';
import { createHandlers } from './handlers.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.use(...createHandlers()));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
/** An APP1 segment (EXIF or XMP) with its length. */
const app1 = (payload: number[]) => [
  0xff,
  0xe1,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];
/** A JPEG as far as the desk reads it: start, metadata segments, then the image data. */
const jpeg = (...segments: number[][]) =>
  new Uint8Array([0xff, 0xd8, ...segments.flat(), 0xff, 0xda, 0x00, 0x02, 0x12, 0x34, 0xff, 0xd9]);
const rational = (numerator: number, denominator = 1) => [
  ...[24, 16, 8, 0].map((shift) => (numerator >>> shift) & 0xff),
  ...[24, 16, 8, 0].map((shift) => (denominator >>> shift) & 0xff),
];
/**
 * EXIF as a phone camera writes it (big-endian): the first directory points to a GPS block at 26 holding
 * 6°35'42" S, 106°47'48" E (its degrees, minutes and seconds at 80 and 104).
 */
const exifWithGps = app1([
  ...ascii('Exif\0\0'),
  ...[0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8],
  ...[0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0],
  ...[0, 4],
  ...[0, 1, 0, 2, 0, 0, 0, 2, 0x53, 0, 0, 0],
  ...[0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 80],
  ...[0, 3, 0, 2, 0, 0, 0, 2, 0x45, 0, 0, 0],
  ...[0, 4, 0, 5, 0, 0, 0, 3, 0, 0, 0, 104],
  ...[0, 0, 0, 0],
  ...rational(6),
  ...rational(35),
  ...rational(42),
  ...rational(106),
  ...rational(47),
  ...rational(48),
]);
/** EXIF with an orientation only (little-endian), as some encoders write it: no location. */
const exifWithoutGps = app1([
  ...ascii('Exif\0\0'),
  ...[0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0],
  ...[1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0],
  ...[0, 0, 0, 0],
]);
const xmpWithGps = app1(
  ascii(
    'http://ns.adobe.com/xap/1.0/\0<rdf:Description exif:GPSLatitude="6,35.7S" exif:GPSLongitude="106,47.8E"/>',
  ),
);

function dataUrl(bytes: Uint8Array, type = 'image/jpeg') {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${type};base64,${btoa(binary)}`;
}

const complaint = {
  category: 'penerangan',
  kecamatan: 'Bogor Tengah',
  location: 'depan SDN Polisi 1, Jl. Paledang',
  description: 'Lampu jalan mati sejak seminggu, gelap sekali di malam hari.',
};
const headers = { authorization: `Bearer ${fakeAccessToken(budi)}`, 'content-type': 'application/json' };
const file = (body: object) =>
  fetch(`${apiBase}aduan`, { method: 'POST', headers, body: JSON.stringify({ ...complaint, ...body }) });
const mine = async () =>
  ((await (await fetch(`${apiBase}aduan`, { headers })).json()) as { complaints: FiledComplaint[] })
    .complaints;

describe('the desk API', () => {
  it('refuses a photo that carries any metadata, wherever the location hides, and stores nothing', async () => {
    const comment = [0xff, 0xfe, 0, 17, ...ascii('-6.58,106.78 ok')];
    const trailing = [...jpeg(), ...ascii('lat=-6.58')];
    for (const photo of [
      jpeg(exifWithGps),
      jpeg([0xff, 0xe0, 0, 4, 0, 0], xmpWithGps),
      // A clean first EXIF segment, the location in a second one.
      jpeg(exifWithoutGps, exifWithGps),
      jpeg(exifWithoutGps),
      jpeg(comment),
      new Uint8Array(trailing),
    ]) {
      const response = await file({ photo: dataUrl(photo) });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { message: string }).message).toBe(
        'Foto masih menyimpan metadata (lokasi, kamera); kirim lewat aplikasi, yang menghapusnya / The photo still carries metadata (location, camera); send it through the app, which removes it',
      );
    }
    expect(await mine()).toEqual([]);
  });

  it('refuses a photo above 2 MB with 413, and anything but a JPEG with 415, whatever type it claims', async () => {
    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(jpeg());
    const tooLarge = await file({ photo: dataUrl(large) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { message: string }).message).toContain('paling besar 2 MB');

    const png = new Uint8Array([0x89, ...ascii('PNG\r\n\x1a\n'), 0, 0, 0, 0]);
    for (const photo of [
      dataUrl(png, 'image/png'),
      dataUrl(new Uint8Array(ascii('<svg/>'))),
      'data:image/jpeg;base64,!!',
    ]) {
      const response = await file({ photo });
      expect(response.status, photo).toBe(415);
      expect(((await response.json()) as { message: string }).message).toBe(
        'Foto harus berupa gambar JPEG / The photo must be a JPEG image',
      );
    }
    // A segment longer than the file could hide anything after it.
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x40, 0x00, 0, 0]);
    expect((await file({ photo: dataUrl(broken) })).status).toBe(415);
  });

  it('takes a clean photo and a pin, and lists the complaint without the photo, with its timeline', async () => {
    const response = await file({
      location: '',
      coordinates: { lat: -6.6011, lng: 106.7963 },
      // As a browser's canvas writes it: the JFIF header, a colour profile, then the picture.
      photo: dataUrl(
        jpeg(
          [0xff, 0xe0, 0, 16, ...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0],
          app1(ascii('ICC_PROFILE\0\x01\x01sRGB')).map((byte, index) => (index === 1 ? 0xe2 : byte)),
        ),
      ),
    });
    expect(response.status).toBe(201);
    const [listed] = await mine();
    expect(listed).toMatchObject({
      location: '',
      coordinates: { lat: -6.6011, lng: 106.7963 },
      hasPhoto: true,
    });
    expect(listed).not.toHaveProperty('photo');
    expect(listed?.status).toBe('diterima');
    expect(listed?.timeline).toEqual([
      { step: 'diterima', at: listed?.filedAt },
      { step: 'diverifikasi' },
      { step: 'ditangani' },
      { step: 'selesai' },
    ]);
  });

  it('asks for a street or a pin: neither is a 400 naming the location', async () => {
    const response = await file({ location: ' ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      'location: Sebutkan lokasinya (jalan, patokan) atau tandai di peta / say where it is or pin it on the map',
    );
  });
});
