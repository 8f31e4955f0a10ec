import { describe, expect, it } from 'vitest';
import { agencies } from '../agencies.ts';
import { validateManifest } from '../validateManifest.ts';
import { seedCatalog } from './seedCatalog.ts';

const entries = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });

describe('seedCatalog', () => {
  it('passes its own schema', () => {
    const result = validateManifest(entries, { environment: 'development' });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('lists at least 200 applications from every agency', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    const covered = new Set(entries.map((entry) => entry.agency));
    expect(agencies.filter((agency) => !covered.has(agency.code)).map((agency) => agency.code)).toEqual([]);
  });

  it('mixes public and internal, federated, iframe and link, city and national applications', () => {
    const count = (predicate: (entry: (typeof entries)[number]) => boolean) =>
      entries.filter(predicate).length;
    for (const kind of ['federated', 'iframe', 'link'] as const)
      expect(count((e) => e.kind === kind)).toBeGreaterThan(20);
    expect(count((e) => e.role === 'internal')).toBeGreaterThan(40);
    expect(count((e) => e.role === 'public')).toBeGreaterThan(100);
    expect(count((e) => e.spbe.applicationType === 'umum')).toBeGreaterThan(10);
  });

  it('points the sample remote at the origin it is served from', () => {
    const pengumuman = entries.find((entry) => entry.id === 'pengumuman');
    expect(pengumuman).toMatchObject({ kind: 'federated', entry: 'http://127.0.0.1:4101/mf-manifest.json' });
  });

  it('names and describes every application in Bahasa Indonesia and English', () => {
    const untranslated = entries.filter(
      (entry) => entry.name.id === entry.name.en && entry.description.id === entry.description.en,
    );
    expect(untranslated.map((entry) => entry.id)).toEqual([]);
  });
});
