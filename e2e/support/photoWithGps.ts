import type { Page } from '@playwright/test';

const rational = (numerator: number) => [
  ...[24, 16, 8, 0].map((shift) => (numerator >>> shift) & 0xff),
  ...[0, 0, 0, 1],
];
/** An EXIF segment as a phone camera writes it: a GPS block at 6°35'42" S, 106°47'48" E. */
const exifWithGps = (() => {
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8],
    ...[0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0],
    ...[0, 4],
    ...[0, 1, 0, 2, 0, 0, 0, 2, 0x53, 0, 0, 0],
    ...[0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 80],
    ...[0, 3, 0, 2, 0, 0, 0, 2, 0x45, 0, 0, 0],
    ...[0, 4, 0, 5, 0, 0, 0, 3, 0, 0, 0, 104],
    ...[0, 0, 0, 0],
    ...[6, 35, 42, 106, 47, 48].flatMap(rational),
  ];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
})();

/**
 * A photo as a phone takes it: a real JPEG (drawn by the browser) carrying the place it was taken in its EXIF.
 * What the portal must never store.
 */
export async function photoWithGps(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d canvas');
    context.fillStyle = '#223';
    context.fillRect(0, 0, 640, 480);
    context.fillStyle = '#ffd54a';
    context.beginPath();
    context.arc(320, 140, 60, 0, Math.PI * 2);
    context.fill();
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  const jpeg = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  // The EXIF goes right after the start-of-image marker, where cameras put it.
  const buffer = Buffer.concat([jpeg.subarray(0, 2), exifWithGps, jpeg.subarray(2)]);
  return { name: 'lampu-mati.jpg', mimeType: 'image/jpeg', buffer };
}
