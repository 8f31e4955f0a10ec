import { describe, expect, it } from 'vitest';
import { formatIssue } from './ManifestValidationError.ts';
import { validEntry } from './testEntries.fixture.ts';
import { assertValidManifest, validateEntry, validateManifest } from './validateManifest.ts';

function issuesOf(value: unknown, environment: 'production' | 'development' = 'production') {
  const result = validateEntry(value, { environment });
  return result.ok ? [] : result.issues;
}

describe('validateEntry', () => {
  it('accepts a complete production entry', () => {
    expect(validateEntry(validEntry())).toMatchObject({ ok: true });
  });

  it('names an unknown field so a misspelling never silently does nothing', () => {
    expect(issuesOf({ ...validEntry(), exposedModul: './App' })).toEqual([
      {
        entry: '"antrean-ktp"',
        path: 'exposedModul',
        message: 'is not a known field: remove it or check the spelling',
      },
    ]);
  });

  it('rejects an agency that does not exist, listing the codes', () => {
    const [issue] = issuesOf(validEntry({ agency: 'dukcapil' }));
    expect(issue?.path).toBe('agency');
    expect(issue?.message).toContain('must be one of the agency codes: setda, setwan');
  });

  it('rejects a URL that is not a URL', () => {
    expect(issuesOf(validEntry({ manifestUrl: 'apps.kotabogor.go.id/x' }))).toMatchObject([
      { path: 'manifestUrl', message: 'must be an absolute http(s) URL' },
    ]);
  });

  it('requires https outside development and accepts loopback http in development', () => {
    const local = validEntry({ manifestUrl: 'http://127.0.0.1:4101/mf-manifest.json' });
    expect(issuesOf(local)).toMatchObject([
      { path: 'manifestUrl', message: expect.stringContaining('must use https') },
    ]);
    expect(issuesOf(local, 'development')).toEqual([]);
    const remoteHttp = validEntry({ manifestUrl: 'http://apps.kotabogor.go.id/mf-manifest.json' });
    expect(issuesOf(remoteHttp, 'development')).toMatchObject([{ path: 'manifestUrl' }]);
  });

  it('takes API origins only as bare origins, on https outside development', () => {
    expect(issuesOf(validEntry({ apiOrigins: ['https://api.kotabogor.go.id'] }))).toEqual([]);
    expect(issuesOf(validEntry({ apiOrigins: ['https://api.kotabogor.go.id/disdukcapil/'] }))).toMatchObject([
      {
        path: 'apiOrigins.0',
        message: expect.stringContaining('must be an origin like "https://api.kotabogor.go.id"'),
      },
    ]);
    expect(issuesOf(validEntry({ apiOrigins: ['http://127.0.0.1:4102'] }))).toMatchObject([
      { path: 'apiOrigins.0', message: 'must use https outside development; got http://127.0.0.1:4102' },
    ]);
    expect(issuesOf(validEntry({ apiOrigins: ['http://127.0.0.1:4102'] }), 'development')).toEqual([]);
  });

  it('requires an integrity hash on federated entries in production', () => {
    const { integrity: _integrity, ...entry } = validEntry() as { integrity?: string };
    expect(issuesOf(entry)).toMatchObject([
      { path: 'integrity', message: expect.stringContaining('required') },
    ]);
  });

  it('keeps role-specific fields to their role', () => {
    expect(issuesOf(validEntry({ audience: { agencies: ['disdukcapil'] } }))).toMatchObject([
      { path: 'audience', message: expect.stringContaining('internal entries only') },
    ]);
    expect(issuesOf(validEntry({ role: 'internal' }))).toMatchObject([
      { path: 'requiresLogin', message: expect.stringContaining('public entries only') },
    ]);
  });

  it('checks that the SPBE indicator fits the kind of service', () => {
    expect(
      issuesOf(validEntry({ spbe: { serviceType: 'public', indicator: 36, applicationType: 'khusus' } })),
    ).toMatchObject([
      { path: 'spbe.indicator', message: expect.stringContaining('32-41 are administrative') },
    ]);
  });

  it('says which field is missing', () => {
    const { version: _version, ...entry } = validEntry() as { version?: string };
    expect(issuesOf(entry)).toEqual([{ entry: '"antrean-ktp"', path: 'version', message: 'is required' }]);
  });

  it('requires a federated entry to declare the SDK version it was built with', () => {
    const { sdkVersion: _s, ...undeclared } = validEntry() as Record<string, unknown>;
    expect(issuesOf(undeclared)).toEqual([
      { entry: '"antrean-ktp"', path: 'sdkVersion', message: 'is required' },
    ]);
    expect(issuesOf({ ...validEntry(), sdkVersion: 'latest' })).toMatchObject([
      { path: 'sdkVersion', message: 'must be the @bas/sdk version the remote was built with, like "2.0.0"' },
    ]);
  });

  it('takes an offline alternative and shortcuts that stay inside the app', () => {
    const offline = {
      place: { id: 'Mal Pelayanan Publik, lantai 2', en: 'Public Service Mall, 2nd floor' },
      phone: '(0251) 8321075',
      hours: { id: 'Senin-Jumat 08.00-15.00', en: 'Monday-Friday 8:00-15:00' },
    };
    const shortcut = (path: string) => ({
      label: { id: 'Lampu jalan', en: 'Street lights' },
      path,
      keywords: ['lampu'],
    });
    expect(issuesOf(validEntry({ offline, shortcuts: [shortcut('baru?kategori=penerangan')] }))).toEqual([]);
    for (const path of [
      '/admin',
      '//evil.test/x',
      '../pbb-online',
      'a/../../b',
      'javascript:alert(1)',
      '%2e%2e/cek-izin?x=1',
      '.%2E/cek-izin',
      'baru/%2e',
    ]) {
      expect(issuesOf(validEntry({ shortcuts: [shortcut(path)] })), path).toMatchObject([
        { path: 'shortcuts.0.path', message: expect.stringContaining('must be a path inside the app') },
      ]);
    }
  });

  it('accepts iframe and link entries with a url instead of a manifestUrl', () => {
    const {
      manifestUrl: _e,
      exposedModule: _m,
      integrity: _i,
      sdkVersion: _s,
      ...common
    } = validEntry() as Record<string, unknown>;
    expect(validateEntry({ ...common, kind: 'iframe', url: 'https://ktp.kotabogor.go.id/' })).toMatchObject({
      ok: true,
    });
    expect(issuesOf({ ...common, kind: 'link' })).toMatchObject([{ path: 'url', message: 'is required' }]);
  });
});

describe('validateManifest', () => {
  it('reports duplicate ids and routes against the first entry that used them', () => {
    const result = validateManifest([
      validEntry(),
      validEntry({ route: 'antrean-ktp-2' }),
      validEntry({ id: 'antrean-kk' }),
    ]);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'entry "antrean-ktp", field id: "antrean-ktp" is already used by entry "antrean-ktp"; each id must be unique',
      'entry "antrean-kk", field route: "antrean-ktp" is already used by entry "antrean-ktp"; each route must be unique',
    ]);
  });

  it('reports every problem, not only the first, and names entries without an id by position', () => {
    const result = validateManifest([
      validEntry(),
      { name: 'x' },
      validEntry({ id: 'b', route: 'b', version: 'v1' }),
    ]);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.some((issue) => issue.entry === '#1' && issue.path === 'kind')).toBe(true);
    expect(issues.some((issue) => issue.entry === '"b"' && issue.path === 'version')).toBe(true);
  });

  it('throws an error whose message lists each problem', () => {
    expect(() => assertValidManifest([validEntry({ status: 'gone' })])).toThrow(
      /1 problem:\n {2}- entry "antrean-ktp", field status: must be "active", "maintenance" or "disabled"/,
    );
  });

  it('refuses something that is not a list of entries', () => {
    expect(validateManifest({ entries: [] })).toEqual({
      ok: false,
      issues: [{ entry: '(manifest)', path: '', message: 'must be an array of entries' }],
    });
  });
});
