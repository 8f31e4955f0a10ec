import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { validateManifest } from '../validateManifest.ts';
import { nationalCatalog } from './nationalCatalog.ts';
import { seedCatalog } from './seedCatalog.ts';

/** The share of entries per value of `key`, in percent. */
function shares(entries: readonly ManifestEntry[], key: (entry: ManifestEntry) => string) {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return new Map([...counts].map(([value, n]) => [value, (100 * n) / entries.length]));
}

describe('nationalCatalog', () => {
  it('gives exactly the entries asked for, each valid, with ids and routes unique', () => {
    const entries = nationalCatalog({ count: 5000 });
    expect(entries).toHaveLength(5000);
    const result = validateManifest(entries, { environment: 'development' });
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('is the same catalog for the same seed, and another for another seed', () => {
    const first = nationalCatalog({ count: 2000, seed: 7 });
    expect(nationalCatalog({ count: 2000, seed: 7 })).toEqual(first);
    const other = nationalCatalog({ count: 2000, seed: 8 });
    expect(other.map((entry) => entry.id)).not.toEqual(first.map((entry) => entry.id));
  });

  it("starts with Kota Bogor's own catalog, so the city's services are still there", () => {
    const own = seedCatalog();
    expect(nationalCatalog({ count: own.length + 10 }).slice(0, own.length)).toEqual(own);
  });

  it('spreads the entries over more than 550 governments, named in the entries', () => {
    const entries = nationalCatalog({ count: 27_000 }).slice(seedCatalog().length);
    const governments = new Set(entries.map((entry) => /@(.+)\.go\.id$/.exec(entry.owner.email)?.[1]));
    expect(governments.size).toBeGreaterThan(550);
    const sleman = entries.find((entry) => entry.owner.email === 'layanan@kab-sleman.go.id');
    expect(sleman?.name.id).toContain('Kabupaten Sleman');
    expect(entries.filter((entry) => entry.name.id.includes('Kota Bogor'))).toEqual([]);
  });

  it("keeps the seed's proportions of kinds, roles and categories within a few points", () => {
    const own = seedCatalog().filter((entry) => entry.status !== 'disabled');
    const generated = nationalCatalog({ count: 27_000 }).slice(seedCatalog().length);
    for (const key of [
      (entry: ManifestEntry) => entry.kind,
      (entry: ManifestEntry) => entry.role,
      (entry: ManifestEntry) => entry.category,
    ]) {
      const expected = shares(own, key);
      const actual = shares(generated, key);
      for (const [value, share] of expected) expect(actual.get(value) ?? 0).toBeCloseTo(share, -0.5);
    }
  });

  it('refuses a count that is not a whole number, saying what to give', () => {
    expect(() => nationalCatalog({ count: 0 })).toThrow(/whole number of at least 1/);
    expect(() => nationalCatalog({ count: 2.5 })).toThrow(/whole number of at least 1/);
  });
});
