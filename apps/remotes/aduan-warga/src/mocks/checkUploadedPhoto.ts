import { findJpegMetadata } from './findJpegMetadata.ts';

/** The largest photo the desk stores; the app's re-encoded photos (1600 px, JPEG 0.8) stay well below it. */
export const maxUploadedPhotoBytes = 2 * 1024 * 1024;

export interface PhotoRefusal {
  status: 413 | 415 | 422;
  message: string;
}

function decodeDataUrl(dataUrl: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Why the desk refuses an uploaded photo, if it does. The bytes decide, not the declared type: only a JPEG (what
 * the app sends after re-encoding), at most 2 MB, and with no metadata at all (EXIF, XMP, IPTC, comments, data
 * after the image), so that a client skipping the app's re-encoding cannot store where a citizen was.
 */
export function checkUploadedPhoto(dataUrl: string): PhotoRefusal | undefined {
  const bytes = decodeDataUrl(dataUrl);
  if (bytes !== undefined && bytes.length > maxUploadedPhotoBytes) {
    return {
      status: 413,
      message: 'Foto terlalu besar: paling besar 2 MB / The photo is too large: 2 MB at most',
    };
  }
  const metadata = bytes === undefined ? undefined : findJpegMetadata(bytes);
  if (metadata === undefined) {
    return { status: 415, message: 'Foto harus berupa gambar JPEG / The photo must be a JPEG image' };
  }
  if (metadata.length > 0) {
    return {
      status: 422,
      message:
        'Foto masih menyimpan metadata (lokasi, kamera); kirim lewat aplikasi, yang menghapusnya / The photo still carries metadata (location, camera); send it through the app, which removes it',
    };
  }
  return undefined;
}
