const iccIdentifier = 'ICC_PROFILE\0';
const isIccProfile = (bytes: Uint8Array, at: number) =>
  [...iccIdentifier].every((char, index) => bytes[at + index] === char.charCodeAt(0));

/**
 * What in a JPEG is not the picture: every APPn segment but JFIF's (APP0) and a colour profile (APP2
 * `ICC_PROFILE`, which browsers write with every JPEG), so EXIF, XMP and IPTC; comment segments; and bytes after
 * the end of the image. A photo the app re-encoded through a canvas has an empty list. Returns undefined when the
 * bytes are not a well-formed JPEG up to its image data. An allowlist, not a search for GPS tags: a location hides
 * in too many places to look for each.
 *
 * @example
 * findJpegMetadata(canvasJpeg); // []
 * findJpegMetadata(cameraJpeg); // ['APP1', 'APP13']
 */
export function findJpegMetadata(bytes: Uint8Array): string[] | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const found: string[] = [];
  let offset = 2;
  for (;;) {
    // A marker may be preceded by any number of 0xFF fill bytes.
    while (bytes[offset] === 0xff && bytes[offset + 1] === 0xff) offset += 1;
    const marker = bytes[offset + 1];
    if (bytes[offset] !== 0xff || marker === undefined || offset + 4 > bytes.length) return undefined;
    const length = (bytes[offset + 2] ?? 0) * 256 + (bytes[offset + 3] ?? 0);
    if (length < 2 || offset + 2 + length > bytes.length) return undefined;
    const colourProfile = marker === 0xe2 && isIccProfile(bytes, offset + 4);
    if (marker >= 0xe1 && marker <= 0xef && !colourProfile) found.push(`APP${marker - 0xe0}`);
    if (marker === 0xfe) found.push('COM');
    offset += 2 + length;
    // The image data follows the start-of-scan segment; metadata segments come before it.
    if (marker === 0xda) break;
  }
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9)
    found.push('data after the image');
  return found;
}
