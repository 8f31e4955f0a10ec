import { anonymousUser, filterManifestForUser } from '../index.ts';
import { seedCatalog } from '../seed/index.ts';
import { describe, expect, it } from 'vitest';
import { rankByUse } from './rankByUse.ts';

const catalog = filterManifestForUser(seedCatalog(), anonymousUser);
const population = catalog.filter((entry) => entry.category === 'kependudukan');

describe('rankByUse', () => {
  it("puts the person's own apps first, then the city's most used, never the alphabet", () => {
    const ranked = rankByUse(population, ['akta-kematian']).map((entry) => entry.id);
    expect(ranked.slice(0, 3)).toEqual(['akta-kematian', 'dokumen-kependudukan', 'antrean-disdukcapil']);
    expect(ranked).toHaveLength(population.length);
  });
});
