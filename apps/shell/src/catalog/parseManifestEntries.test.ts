import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it } from 'vitest';
import { indexEntryOf } from '@bas/manifest';
import { parseIndexEntries, parseManifestEntries } from './parseManifestEntries.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

const pengumuman = pengumumanEntry;

describe('parseManifestEntries', () => {
  it('keeps every entry of the seed catalog, public and internal, of every kind', () => {
    const catalog = seedCatalog({ sampleApps: { pengumuman: 'http://remote.test' } });
    expect(new Set(catalog.map((entry) => entry.kind))).toEqual(new Set(['federated', 'iframe', 'link']));
    expect(parseManifestEntries(catalog)).toEqual({ entries: catalog, skipped: [] });
  });

  it('leaves out what would break a page, saying which entry and why', () => {
    const { skipped, entries } = parseManifestEntries([
      null,
      { ...pengumuman, description: 'Pengumuman' },
      { ...pengumuman, id: 'tanpa-alamat', route: 'tanpa-alamat', manifestUrl: 'javascript:alert(1)' },
      { ...pengumuman, id: 'Bukan Slug', route: 'bukan-slug' },
      pengumuman,
    ]);
    expect(entries).toEqual([pengumuman]);
    expect(skipped).toEqual([
      { label: '#0', reason: 'it is not an object' },
      { id: 'pengumuman', label: '"pengumuman"', reason: 'it has no valid description' },
      { id: 'tanpa-alamat', label: '"tanpa-alamat"', reason: 'it has no valid manifestUrl' },
      { id: 'Bukan Slug', label: '"Bukan Slug"', reason: 'it has no valid id' },
    ]);
  });

  it('keeps the first of two entries with the same id or route', () => {
    const { entries, skipped } = parseManifestEntries([
      pengumuman,
      { ...pengumuman, route: 'lain' },
      { ...pengumuman, id: 'tiruan' },
    ]);
    expect(entries).toEqual([pengumuman]);
    expect(skipped.map((entry) => entry.reason)).toEqual([
      'its id is already used by an earlier entry',
      'its route "pengumuman" is already used by "pengumuman"',
    ]);
  });

  it('keeps an entry with a field a newer registry added', () => {
    const newer = { ...pengumuman, rating: 4.5 };
    expect(parseManifestEntries([newer]).entries).toEqual([newer]);
  });

  it('reads the catalog index: what search and a link need, without the addresses an app is loaded from', () => {
    const catalog = seedCatalog({ sampleApps: { pengumuman: 'http://remote.test' } });
    const index = catalog.map(indexEntryOf);
    expect(parseIndexEntries(index)).toEqual({ entries: index, skipped: [] });
    const { entries, skipped } = parseIndexEntries([
      { ...indexEntryOf(pengumuman), shortcuts: [{ label: 'Pajak', path: 'pbb', keywords: [] }] },
      { ...indexEntryOf(pengumuman), id: 'wasm', route: 'wasm', kind: 'wasm' },
    ]);
    expect(entries).toEqual([]);
    expect(skipped.map((entry) => entry.reason)).toEqual([
      'it has no valid shortcuts',
      'its kind "wasm" is not one this version of the shell can open',
    ]);
  });
});
