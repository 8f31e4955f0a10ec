import { scaledSize } from './scaledSize.ts';

/** Keeps a 1600 px photo around 200–400 kB with no artefacts a person would notice. */
const jpegQuality = 0.8;

/**
 * The photo drawn again on a canvas and encoded as JPEG, at most 1600 px on its long side. A canvas holds pixels
 * only, so nothing of the file's metadata (EXIF: GPS position, camera, serial number, time) reaches the upload.
 * The orientation is applied while decoding, so a portrait photo stays upright without its EXIF.
 */
export async function reencodePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser has no 2D canvas.');
    // JPEG has no transparency: a transparent PNG would turn black without a white ground.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('The photo could not be encoded.')) : resolve(blob)),
        'image/jpeg',
        jpegQuality,
      ),
    );
  } finally {
    bitmap.close();
  }
}
