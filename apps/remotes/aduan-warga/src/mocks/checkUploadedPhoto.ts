import exifr from 'exifr';

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
 * Whether the photo's EXIF or XMP still says where it was taken; undefined when it is not a readable JPEG.
 * Metadata exifr cannot read counts as unreadable: a location could hide where the check does not look.
 */
async function carriesLocation(bytes: Uint8Array): Promise<boolean | undefined> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  try {
    // `silentErrors` is one of exifr's options its type declarations leave out.
    const options = { gps: true, xmp: true, tiff: true, silentErrors: false } as Parameters<
      typeof exifr.parse
    >[1];
    const tags = (await exifr.parse(bytes, options)) as Record<string, unknown> | undefined;
    return tags !== undefined && Object.keys(tags).some((tag) => /^(GPS)?(latitude|longitude)$/i.test(tag));
  } catch {
    return undefined;
  }
}

/**
 * Why the desk refuses an uploaded photo, if it does. The bytes decide, not the declared type: only a JPEG (what
 * the app sends after re-encoding), at most 2 MB, and without GPS coordinates (read with exifr), so that a client
 * skipping the app's re-encoding cannot store where a citizen was.
 */
export async function checkUploadedPhoto(dataUrl: string): Promise<PhotoRefusal | undefined> {
  const bytes = decodeDataUrl(dataUrl);
  if (bytes !== undefined && bytes.length > maxUploadedPhotoBytes) {
    return {
      status: 413,
      message: 'Foto terlalu besar: paling besar 2 MB / The photo is too large: 2 MB at most',
    };
  }
  const located = bytes === undefined ? undefined : await carriesLocation(bytes);
  if (located === undefined) {
    return { status: 415, message: 'Foto harus berupa gambar JPEG / The photo must be a JPEG image' };
  }
  if (located) {
    return {
      status: 422,
      message:
        'Foto masih menyimpan lokasi GPS; hapus metadatanya lalu kirim lagi / The photo still carries its GPS location; remove its metadata and send it again',
    };
  }
  return undefined;
}
