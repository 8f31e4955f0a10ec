import { describe, expect, it } from 'vitest';
import { entryChanges } from '../src/catalog/entryChanges.ts';
import { seedEntry } from './support/startTestRegistry.ts';

const served = { ...seedEntry('antrean-disdukcapil'), version: '3.5.3' };
const next = (changes: Record<string, unknown>) => ({ ...served, version: '3.6.0', ...changes });

describe('what approving a version would change', () => {
  it('lists only the fields that differ, nested ones by their dotted path', () => {
    const changes = entryChanges(
      served,
      next({ name: { ...served.name, id: 'Antrean Dukcapil' }, keywords: ['ktp', 'antre'] }),
    );
    // In the entry's own order: name, version, keywords.
    expect(changes).toEqual([
      { field: 'name.id', before: served.name.id, after: 'Antrean Dukcapil', sensitive: false },
      { field: 'version', before: '3.5.3', after: '3.6.0', sensitive: false },
      { field: 'keywords', before: served.keywords, after: ['ktp', 'antre'], sensitive: false },
    ]);
  });

  it('finds nothing between an entry and itself', () => {
    expect(entryChanges(served, structuredClone(served))).toEqual([]);
  });

  it('flags who may open the app, which app it is and where its token goes', () => {
    const changes = entryChanges(
      served,
      next({
        role: 'internal',
        requiresLogin: undefined,
        audience: { agencies: ['disdukcapil'] },
        route: 'antrean',
        apiOrigins: ['https://api.example.org'],
      }),
    );
    const sensitive = changes.filter((change) => change.sensitive).map((change) => change.field);
    expect(sensitive).toEqual(expect.arrayContaining(['role', 'audience', 'route', 'apiOrigins']));
    expect(changes.find((change) => change.field === 'version')?.sensitive).toBe(false);
  });

  it('flags an audience narrowed or widened, field by field', () => {
    const internal = { ...served, role: 'internal', audience: { agencies: ['disdukcapil', 'setda'] } };
    const narrowed = { ...internal, version: '3.6.0', audience: { agencies: ['disdukcapil'] } };
    expect(entryChanges(internal, narrowed)).toContainEqual({
      field: 'audience.agencies',
      before: ['disdukcapil', 'setda'],
      after: ['disdukcapil'],
      sensitive: true,
    });
    const dropped = { ...internal, version: '3.6.0', audience: undefined };
    expect(entryChanges(internal, dropped)).toContainEqual({
      field: 'audience',
      before: { agencies: ['disdukcapil', 'setda'] },
      after: null,
      sensitive: true,
    });
  });

  it('flags an address that moves to another origin, not a new path on the same one', () => {
    const base = new URL(served.kind === 'federated' ? served.manifestUrl : '').origin;
    const samePlace = entryChanges(served, next({ manifestUrl: `${base}/antrean/3.6.0/mf-manifest.json` }));
    expect(samePlace.find((change) => change.field === 'manifestUrl')?.sensitive).toBe(false);
    const elsewhere = entryChanges(served, next({ manifestUrl: 'https://cdn.example.org/mf-manifest.json' }));
    expect(elsewhere.find((change) => change.field === 'manifestUrl')?.sensitive).toBe(true);
    const { standaloneUrl: _, ...withoutStandalone } = served as Record<string, unknown>;
    const added = entryChanges(withoutStandalone, next({ standaloneUrl: 'https://antrean.example.org/' }));
    expect(added.find((change) => change.field === 'standaloneUrl')).toEqual({
      field: 'standaloneUrl',
      before: null,
      after: 'https://antrean.example.org/',
      sensitive: true,
    });
  });

  it('flags another kind of app and the addresses that come and go with it', () => {
    const {
      manifestUrl: _,
      exposedModule: __,
      integrity: ___,
      sdkVersion: ____,
      ...rest
    } = served as Record<string, unknown>;
    const changes = entryChanges(served, {
      ...rest,
      version: '4.0.0',
      kind: 'iframe',
      url: 'https://x.example.org/',
    });
    expect(changes.filter((change) => change.sensitive).map((change) => change.field)).toEqual(
      expect.arrayContaining(['kind', 'url', 'manifestUrl']),
    );
  });

  it('lists every field of a new app as new, its role and route flagged', () => {
    const changes = entryChanges(null, served);
    expect(changes.map((change) => change.field)).toEqual(Object.keys(served));
    expect(changes.every((change) => change.before === null)).toBe(true);
    expect(changes.find((change) => change.field === 'role')?.sensitive).toBe(true);
    expect(changes.find((change) => change.field === 'description')?.sensitive).toBe(false);
  });
});
