import { describe, expect, it } from 'vitest';
import { checkPhotoFile } from './checkPhotoFile.ts';

const megabytes = (count: number) => count * 1024 * 1024;

describe('checkPhotoFile', () => {
  it('takes JPEG, PNG and WebP photos up to 10 MB', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) {
      expect(checkPhotoFile({ type, size: megabytes(10) }), type).toBeUndefined();
    }
  });

  it('refuses other types, images or not, whatever their size', () => {
    for (const type of ['image/heic', 'image/gif', 'image/svg+xml', 'application/pdf', '']) {
      expect(checkPhotoFile({ type, size: 1000 }), type).toBe('type');
    }
  });

  it('refuses a photo above 10 MB', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: megabytes(10) + 1 })).toBe('size');
  });
});
