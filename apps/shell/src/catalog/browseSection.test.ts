import { describe, expect, it } from 'vitest';
import { sectionAt, wholeSectionOf } from './browseSection.ts';

describe('sectionAt', () => {
  it("asks for a category's or an agency's first apps, and for all of a life event's (its journey needs them)", () => {
    expect(sectionAt('/kategori/kesehatan')).toBe('category=kesehatan&first=48');
    expect(sectionAt('/instansi/diskominfo/')).toBe('agency=diskominfo&first=48');
    expect(sectionAt('/peristiwa/kelahiran')).toBe('lifeEvent=kelahiran');
    expect(sectionAt('/layanan/pengumuman')).toBeUndefined();
  });

  it('names all of the section whose first apps a page asked for', () => {
    expect(wholeSectionOf('category=kesehatan&first=48')).toBe('category=kesehatan');
    expect(wholeSectionOf('lifeEvent=kelahiran')).toBe('lifeEvent=kelahiran');
  });
});
