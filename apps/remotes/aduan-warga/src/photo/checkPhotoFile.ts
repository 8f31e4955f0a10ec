/** The formats phone cameras and galleries write and every browser can decode. */
export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** A larger file is refused before decoding: decoding it could exhaust a low-end phone's memory. */
export const maxPhotoBytes = 10 * 1024 * 1024;

export type PhotoFileProblem = 'type' | 'size';

/** Why a chosen file cannot be a complaint's photo, judged before it is decoded; `undefined` when it can. */
export function checkPhotoFile(file: { type: string; size: number }): PhotoFileProblem | undefined {
  if (!(acceptedPhotoTypes as readonly string[]).includes(file.type)) return 'type';
  if (file.size > maxPhotoBytes) return 'size';
  return undefined;
}
