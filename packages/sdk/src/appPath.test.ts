import { describe, expect, it } from 'vitest';
import { appBasePath } from './appBasePath.ts';
import { appPath } from './appPath.ts';

describe('appPath', () => {
  it('builds the address of an app and of a page inside it', () => {
    expect(appPath('pengumuman')).toBe('/layanan/pengumuman');
    expect(appPath('pengumuman', '2')).toBe('/layanan/pengumuman/2');
    expect(appPath('pengumuman', '/status/R-1')).toBe('/layanan/pengumuman/status/R-1');
    expect(appPath('pengumuman', '')).toBe('/layanan/pengumuman');
    expect(appPath('aduan-warga', '?kategori=penerangan')).toBe('/layanan/aduan-warga?kategori=penerangan');
    expect(appPath('dokumen-kependudukan', 'baru?jenis=kk')).toBe(
      '/layanan/dokumen-kependudukan/baru?jenis=kk',
    );
    expect(appBasePath({ route: 'cek-izin' })).toBe('/layanan/cek-izin');
  });

  it('keeps a route that is not a plain segment inside its own segment', () => {
    expect(appPath('a/b?c')).toBe('/layanan/a%2Fb%3Fc');
  });
});
