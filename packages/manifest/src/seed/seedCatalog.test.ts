import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agencies } from '../agencies.ts';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { validateManifest } from '../validateManifest.ts';
import { loadSeedFile } from './loadSeedFile.ts';
import { seedCatalog } from './seedCatalog.ts';

// Read in each test rather than at import, so that an invalid seed file fails the tests instead of the whole file.
const withSample = () => seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });

const seedDirectory = fileURLToPath(new URL('../../seed/', import.meta.url));
const seedFiles = readdirSync(seedDirectory).filter((name) => name.endsWith('.json'));

describe('seedCatalog', () => {
  it('reads seed files that each pass the schema, naming the file and entry of any problem', () => {
    const problems = seedFiles.flatMap((name) => {
      try {
        loadSeedFile(`${seedDirectory}${name}`);
        return [];
      } catch (error) {
        return [String(error)];
      }
    });
    expect(problems).toEqual([]);
  });

  it('reads every seed file there is', () => {
    const ids = (list: readonly ManifestEntry[]) => list.map((entry) => entry.id).sort();
    const fromFiles = seedFiles.flatMap((name) => loadSeedFile(`${seedDirectory}${name}`));
    expect(ids(seedCatalog())).toEqual(ids(fromFiles));
  });

  it('passes its own schema', () => {
    const entries = withSample();
    const result = validateManifest(entries, { environment: 'development' });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('lists at least 200 applications from every agency', () => {
    const entries = withSample();
    expect(entries.length).toBeGreaterThanOrEqual(200);
    const covered = new Set(entries.map((entry) => entry.agency));
    expect(agencies.filter((agency) => !covered.has(agency.code)).map((agency) => agency.code)).toEqual([]);
  });

  it('mixes public and internal, federated, iframe and link, city and national applications', () => {
    const entries = withSample();
    const count = (predicate: (entry: ManifestEntry) => boolean) => entries.filter(predicate).length;
    for (const kind of ['federated', 'iframe', 'link'] as const)
      expect(count((e) => e.kind === kind)).toBeGreaterThan(20);
    expect(count((e) => e.role === 'internal')).toBeGreaterThan(40);
    expect(count((e) => e.role === 'public')).toBeGreaterThan(100);
    expect(count((e) => e.spbe.applicationType === 'umum')).toBeGreaterThan(10);
  });

  it('points the sample remote at the origin it is served from', () => {
    const entries = withSample();
    const pengumuman = entries.find((entry) => entry.id === 'pengumuman');
    expect(pengumuman).toMatchObject({
      kind: 'federated',
      manifestUrl: 'http://127.0.0.1:4101/mf-manifest.json',
      standaloneUrl: 'http://127.0.0.1:4101/',
    });
  });

  it('points a sample iframe app at the origin it is served from, and leaves the others at production', () => {
    const [sample, other] = seedCatalog().filter((entry) => entry.kind === 'iframe');
    if (sample === undefined || other === undefined) throw new Error('the catalog has too few iframe apps');
    const catalog = seedCatalog({ sampleApps: { [sample.id]: 'http://127.0.0.1:4102' } });
    expect(catalog.find((entry) => entry.id === sample.id)).toEqual({
      ...sample,
      url: 'http://127.0.0.1:4102/',
    });
    expect(catalog.find((entry) => entry.id === other.id)).toEqual(other);
  });

  it('gives every call its own entries to change', () => {
    const [first] = seedCatalog();
    if (first === undefined) throw new Error('the catalog is empty');
    first.keywords.push('changed');
    expect(seedCatalog()[0]?.keywords).not.toContain('changed');
  });

  it('names and describes every application in Bahasa Indonesia and English', () => {
    const entries = withSample();
    const untranslated = entries.filter(
      (entry) => entry.name.id === entry.name.en && entry.description.id === entry.description.en,
    );
    expect(untranslated.map((entry) => entry.id)).toEqual([]);
  });
});
