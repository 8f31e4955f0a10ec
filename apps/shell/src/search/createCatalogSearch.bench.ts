// @vitest-environment node
// Search runs on plain data: no DOM needed, and the seed catalog is read from its JSON files with Node.
import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { bench, describe } from 'vitest';
import { createCatalogSearch } from './createCatalogSearch.ts';

/** A catalog of `size` entries: the seed, then copies with their own ids and names, as a grown catalog would be. */
function catalogOf(size: number): ManifestEntry[] {
  const seed = seedCatalog();
  return Array.from({ length: size }, (_, index) => {
    const base = seed[index % seed.length] as ManifestEntry;
    if (index < seed.length) return base;
    const copy = Math.floor(index / seed.length);
    return {
      ...base,
      id: `${base.id}-${copy}`,
      route: `${base.route}-${copy}`,
      name: { id: `${base.name.id} ${copy}`, en: `${base.name.en} ${copy}` },
    };
  });
}

// What a person types, one keystroke at a time: each prefix is one search.
const keystrokes = [
  'k',
  'kt',
  'ktp',
  'a',
  'ak',
  'akt',
  'akta',
  'akta ',
  'akta k',
  'akta ke',
  'akta kel',
  'pajak',
];

for (const size of [200, 2000]) {
  describe(`catalog search over ${size} entries`, () => {
    const search = createCatalogSearch(catalogOf(size));
    let next = 0;
    bench('one keystroke', () => {
      search(keystrokes[next % keystrokes.length] ?? 'ktp');
      next += 1;
    });
  });
}
