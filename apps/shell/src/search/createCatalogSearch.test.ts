import { anonymousUser, filterManifestForUser } from '@bas/manifest';
import { nationalCatalog, seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it } from 'vitest';
import { createCatalogSearch } from './createCatalogSearch.ts';

const search = createCatalogSearch(filterManifestForUser(seedCatalog(), anonymousUser));
const ids = (query: string) => search(query).map((entry) => entry.id);

describe('createCatalogSearch', () => {
  it('finds the population-document services for "KTP"', () => {
    expect(ids('KTP').slice(0, 5)).toEqual(expect.arrayContaining(['dokumen-kependudukan']));
    expect(ids('ktp')).toContain('antrean-disdukcapil');
  });

  it('finds the tax services for "pajak"', () => {
    const found = ids('pajak');
    for (const id of ['pbb-online', 'e-bphtb', 'pajak-reklame']) expect(found).toContain(id);
  });

  it('forgives a typo', () => {
    expect(ids('puskesmass')[0]).toBe('daftar-puskesmas');
    expect(ids('kelahran')).toContain('akta-kelahiran');
  });

  it('matches while a word is still being typed, and across languages', () => {
    expect(ids('akta kel')).toContain('akta-kelahiran');
    expect(ids('birth certificate')).toContain('akta-kelahiran');
  });

  it('keeps the results of the words before a last word of one or two letters', () => {
    expect(ids('akta ke')).toEqual(ids('akta'));
    expect(ids('akta kem')).toContain('akta-kematian');
    expect(ids('akta kem')).not.toContain('akta-kelahiran');
  });

  it("finds the city's own services first in a catalog of thousands of other governments' apps", () => {
    const national = createCatalogSearch(
      filterManifestForUser(nationalCatalog({ count: 5000 }), anonymousUser),
    );
    const first = (query: string) => national(query, 20).map((entry) => entry.id);
    expect(first('ktp')[0]).toBe('dokumen-kependudukan');
    expect(first('pajak')).toHaveLength(20);
  });

  it('looks in descriptions when names and keywords do not fill the page', () => {
    const [model] = seedCatalog();
    if (model === undefined) throw new Error('the seed catalog is empty');
    const entries = Array.from({ length: 30 }, (_, index) => ({
      ...model,
      id: `contoh-${index}`,
      route: `contoh-${index}`,
      name: { id: `Layanan Contoh ${index}`, en: `Sample ${index}` },
      description: { id: index === 7 ? 'Untuk warga lansia bantaran sungai' : 'Layanan', en: 'A service' },
      keywords: [],
      shortcuts: [],
    }));
    const catalog = createCatalogSearch(entries);
    expect(catalog('contoh', 20)).toHaveLength(20);
    expect(catalog('bantaran').map((entry) => entry.id)).toEqual(['contoh-7']);
  });

  it('matches agencies by short name', () => {
    expect(ids('dishub')).toEqual(expect.arrayContaining(['biskita', 'uji-kir']));
  });

  it('puts the service people mean first when they say it their way', () => {
    expect(ids('bayar pajak rumah')[0]).toBe('pbb-online');
    expect(ids('Pajak bumi dan bangunan')[0]).toBe('pbb-online');
    expect(ids('lampu jalan mati').slice(0, 2)).toEqual(['aduan-warga', 'lapor-pju']);
    // A synonym is not forgiven typos: "penerangan" one letter off would find every "keterangan" and "pengurangan".
    expect(ids('lampu')).toEqual(['aduan-warga', 'lapor-pju']);
  });

  it('finds the family card for "KK" without every other card', () => {
    const found = ids('KK');
    expect(found[0]).toBe('dokumen-kependudukan');
    expect(found).not.toContain('anggota-perpustakaan');
    expect(found).not.toContain('kartu-tani');
  });

  it("leads into an app's own part where its entry names one", () => {
    const [hit] = search.shortcuts('lampu');
    expect(hit?.entry.id).toBe('aduan-warga');
    expect(hit?.shortcut.path).toBe('?kategori=penerangan');
  });

  it('offers what matches some of the words when nothing matches all of them', () => {
    expect(ids('puskesmas xylofon')).toEqual([]);
    expect(search.related('puskesmas xylofon').map((entry) => entry.id)).toContain('daftar-puskesmas');
  });

  it('finds nothing for nothing, and never an internal app for a citizen', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('simpeg')).toEqual([]);
  });
});
