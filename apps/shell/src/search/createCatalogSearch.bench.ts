// @vitest-environment node
// Search runs on plain data: no DOM needed, and the seed catalog is read from its JSON files with Node.
import { nationalCatalog } from '@bas/manifest/seed';
import { bench, describe } from 'vitest';
import { createCatalogSearch } from './createCatalogSearch.ts';

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

// The national figure (BENCH_CATALOG) is measured in the browser, through the shell's search worker.
for (const size of [200, 2000]) {
  describe(`catalog search over ${size} entries`, () => {
    // Kota Bogor's seed, then generated entries of other governments, as an aggregating portal would hold.
    const search = createCatalogSearch(nationalCatalog({ count: size }));
    let next = 0;
    bench('one keystroke', () => {
      search(keystrokes[next % keystrokes.length] ?? 'ktp');
      next += 1;
    });
  });
}
