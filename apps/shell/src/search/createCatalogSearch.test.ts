import { anonymousUser, filterManifestForUser } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
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
