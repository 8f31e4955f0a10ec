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

  it('refuses a manifest address whose folder reads narrower than the browser resolves it', () => {
    // Resolved, this folder is the origin's root: every agency's files on the origin would be in it.
    const widened = 'https://apps.kotabogor.go.id/diskominfo/antrean/%2e%2e/%2e%2e/mf-manifest.json';
    expect(issuesOf(validEntry({ manifestUrl: widened }))).toMatchObject([
      {
        path: 'manifestUrl',
        message:
          'must not contain "." or ".." segments (nor "%2e"): write the folder as the browser resolves it, https://apps.kotabogor.go.id/mf-manifest.json',
      },
    ]);
    expect(
      issuesOf(validEntry({ manifestUrl: 'https://apps.kotabogor.go.id/a/./mf-manifest.json' })),
    ).toHaveLength(1);
    expect(issuesOf(validEntry({ manifestUrl: 'https://apps.kotabogor.go.id/a/mf-manifest.json' }))).toEqual(
      [],
    );
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

  it('refuses an API origin the pattern allows but no URL parser takes, with a reason (the fuzz test found it)', () => {
    for (const origin of ['http://.0', 'https://api.kotabogor.go.id:99999']) {
      expect(issuesOf(validEntry({ apiOrigins: [origin] }))).toMatchObject([
        { path: 'apiOrigins.0', message: expect.stringContaining('is not a valid origin') },
      ]);
    }
  });

  it('requires an integrity hash on federated entries in production', () => {
    const { integrity: _integrity, ...entry } = validEntry() as { integrity?: string };
    expect(issuesOf(entry)).toMatchObject([
      { path: 'integrity', message: expect.stringContaining('required') },
    ]);
  });

  it('takes opening files inside the build only, each pinned by its hash', () => {
    const hash = `sha384-${'A'.repeat(64)}`;
    expect(
      validateEntry(validEntry({ openingFiles: [{ path: 'assets/remote-1a2b.js', integrity: hash }] })),
    ).toMatchObject({ ok: true });
    // A path out of the build's folder, or to another origin, would have the portal fetch what the build is not.
    for (const path of [
      '../other-app/remoteEntry.js',
      '/remoteEntry.js',
      'https://x.test/a.js',
      'style.css',
    ]) {
      expect(issuesOf(validEntry({ openingFiles: [{ path, integrity: hash }] })), path).toMatchObject([
        { path: 'openingFiles.0.path', message: expect.stringContaining('relative to mf-manifest.json') },
      ]);
    }
    expect(
      issuesOf(validEntry({ openingFiles: [{ path: 'remoteEntry.js', integrity: 'md5-x' }] })),
    ).toMatchObject([{ path: 'openingFiles.0.integrity', message: expect.stringContaining('SRI hash') }]);
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
    // Also where the field's own message is about wrong values.
    const { role: _role, manifestUrl: _url, ...bare } = validEntry() as Record<string, unknown>;
    expect(issuesOf(bare)).toEqual([
      { entry: '"antrean-ktp"', path: 'role', message: 'is required' },
      { entry: '"antrean-ktp"', path: 'manifestUrl', message: 'is required' },
    ]);
  });

  it('says what type a field must be and what it got, rather than that it is missing', () => {
    const spbe = validEntry().spbe;
    expect(issuesOf({ ...validEntry(), version: 1 })).toEqual([
      { entry: '"antrean-ktp"', path: 'version', message: 'must be a string (got a number)' },
    ]);
    expect(issuesOf({ ...validEntry(), spbe: { ...spbe, indicator: '45' } })).toMatchObject([
      { path: 'spbe.indicator', message: 'must be a number (got a string)' },
    ]);
    expect(issuesOf({ ...validEntry(), owner: null })).toMatchObject([
      { path: 'owner', message: 'must be an object (got null)' },
    ]);
    expect(issuesOf({ ...validEntry(), requiresLogin: 'yes' })).toMatchObject([
      { path: 'requiresLogin', message: 'must be true or false (got a string)' },
    ]);
    expect(issuesOf({ ...validEntry(), keywords: 'ktp' })).toMatchObject([
      { path: 'keywords', message: 'must be a list (got a string)' },
    ]);
    expect(issuesOf('antrean-ktp')).toMatchObject([
      { path: '', message: 'must be an object (got a string)' },
    ]);
  });

  it('takes only versions the registry can order and put in an address', () => {
    for (const version of [
      '1.4.0',
      '0.0.1',
      '2.0.0-rc.1',
      '2.0.0-alpha-2.10',
      `${Number.MAX_SAFE_INTEGER}.0.0`,
    ]) {
      expect(issuesOf(validEntry({ version })), version).toEqual([]);
    }
    for (const version of ['01.4.0', '1.4', '1.4.0+build.5', '1.4.0-', '1.4.0-rc..1', '1.4.0-01', 'v1.4.0']) {
      expect(issuesOf(validEntry({ version })), version).toMatchObject([
        { path: 'version', message: expect.stringContaining('must be a semantic version like 1.4.0') },
      ]);
    }
    expect(issuesOf(validEntry({ version: `1.0.0-${'a'.repeat(200)}` }))).toEqual([
      { entry: '"antrean-ktp"', path: 'version', message: 'must be at most 64 characters' },
    ]);
    for (const version of ['99999999999999999999999.0.0', '1.0.0-rc.99999999999999999999']) {
      expect(issuesOf(validEntry({ version })), version).toMatchObject([
        { path: 'version', message: expect.stringContaining('has a number above 9007199254740991') },
      ]);
    }
    expect(issuesOf(validEntry({ sdkVersion: '2.0.99999999999999999999' }))).toMatchObject([
      { path: 'sdkVersion', message: expect.stringContaining('has a number above 9007199254740991') },
    ]);
    expect(issuesOf(validEntry({ sdkVersion: `2.0.0-${'b'.repeat(80)}` }))).toMatchObject([
      { path: 'sdkVersion', message: 'must be at most 64 characters' },
    ]);
  });

  it('refuses control, direction-changing and half characters in the text a person reads', () => {
    const offline = { place: { id: 'MPP', en: 'MPP' }, hours: { id: '08.00', en: '8:00' } };
    const shortcut = { label: { id: 'Lampu', en: 'Lights' }, path: 'baru', keywords: ['lampu'] };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { name: { id: 'Antrean \u202eKTP', en: 'Queue' } },
        'name.id',
        'contains U+202E (right-to-left override), which can disguise text; remove it',
      ],
      [
        { description: { id: 'Ambil nomor.', en: 'Book\u0000 a number.' } },
        'description.en',
        'contains U+0000 (a control character: null), which is not text; remove it',
      ],
      [
        { keywords: ['ktp', 'antre\nan'] },
        'keywords.1',
        'contains U+000A (a control character: line break), which is not text; remove it',
      ],
      [
        { owner: { name: 'Disduk\u0085capil', email: 'a@kotabogor.go.id' } },
        'owner.name',
        'contains U+0085 (a control character), which is not text; remove it',
      ],
      [
        { keywords: ['ktp\ud800'] },
        'keywords.0',
        'contains U+D800, half of a character (a lone surrogate); send the whole character or remove it',
      ],
      [
        { offline: { ...offline, hours: { id: '08.00\u2066', en: '8:00' } } },
        'offline.hours.id',
        'contains U+2066 (left-to-right isolate), which can disguise text; remove it',
      ],
      [
        { shortcuts: [{ ...shortcut, label: { id: 'Lampu', en: 'Lights\u200f' } }] },
        'shortcuts.0.label.en',
        'contains U+200F (right-to-left mark), which can disguise text; remove it',
      ],
      [
        { manifestUrl: 'https://apps.kotabogor.go.id/\u202emf-manifest.json' },
        'manifestUrl',
        'contains U+202E (right-to-left override), which can disguise text; remove it',
      ],
    ];
    for (const [overrides, path, message] of cases) {
      expect(issuesOf(validEntry(overrides)), path).toEqual([{ entry: '"antrean-ktp"', path, message }]);
    }
    // Other scripts, emoji and their joiners are text.
    const name = { id: 'Layanan 👩‍💻 ramah', en: 'مرحبا 🇮🇩' };
    expect(issuesOf(validEntry({ name }))).toEqual([]);
  });

  it('refuses URLs that carry a user name or password', () => {
    const message = 'must not carry a user name or password ("user:password@"): remove them from the URL';
    expect(
      issuesOf(validEntry({ manifestUrl: 'https://user:pass@apps.kotabogor.go.id/x/mf-manifest.json' })),
    ).toEqual([{ entry: '"antrean-ktp"', path: 'manifestUrl', message }]);
    expect(issuesOf(validEntry({ standaloneUrl: 'https://portal.kotabogor.go.id@evil.example/' }))).toEqual([
      { entry: '"antrean-ktp"', path: 'standaloneUrl', message },
    ]);
  });

  it('caps the length of every string a developer writes freely', () => {
    const long = (length: number) => 'a'.repeat(length);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { manifestUrl: `https://apps.kotabogor.go.id/${long(1000)}` },
        'manifestUrl',
        'must be at most 1000 characters',
      ],
      [
        { owner: { name: 'Disdukcapil', email: `${long(250)}@kotabogor.go.id` } },
        'owner.email',
        'must be at most 254 characters',
      ],
      [{ exposedModule: `./${long(100)}` }, 'exposedModule', 'must be at most 100 characters'],
      [{ integrity: `sha384-${long(100)}` }, 'integrity', 'must be at most 100 characters'],
      [{ apiOrigins: [`https://${long(300)}.go.id`] }, 'apiOrigins.0', 'must be at most 300 characters'],
      [{ name: { id: long(81), en: 'Queue' } }, 'name.id', 'must be at most 80 characters'],
    ];
    for (const [overrides, path, message] of cases) {
      expect(issuesOf(validEntry(overrides)), path).toEqual([{ entry: '"antrean-ktp"', path, message }]);
    }
    const everyone = Array.from({ length: 100 }, () => 'disdukcapil');
    expect(
      issuesOf(validEntry({ role: 'internal', requiresLogin: undefined, audience: { agencies: everyone } })),
    ).toMatchObject([
      { path: 'audience.agencies', message: expect.stringContaining('lists each agency once') },
    ]);
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

  it('takes 1 to 5 evidence screens inside the app, each once with a caption in both languages', () => {
    const screen = (path: string) => ({
      path,
      caption: { id: 'Formulir permohonan KTP-el', en: 'The KTP-el request form' },
    });
    expect(
      issuesOf(validEntry({ evidence: { screens: [screen(''), screen('baru?jenis=ktp-el')] } })),
    ).toEqual([]);
    expect(issuesOf(validEntry({ evidence: { screens: [] } }))).toEqual([
      {
        entry: '"antrean-ktp"',
        path: 'evidence.screens',
        message:
          "lists at least 1 screen: leave `evidence` out and the evidence shows the app's start page alone",
      },
    ]);
    const six = ['', 'a', 'b', 'c', 'd', 'e'].map(screen);
    expect(issuesOf(validEntry({ evidence: { screens: six } }))).toEqual([
      {
        entry: '"antrean-ktp"',
        path: 'evidence.screens',
        message: 'at most 5 screens: the SPBE report gives each service one page; keep the main ones',
      },
    ]);
    expect(issuesOf(validEntry({ evidence: { screens: [screen('baru'), screen('baru')] } }))).toEqual([
      {
        entry: '"antrean-ktp"',
        path: 'evidence.screens.1.path',
        message: 'lists the screen "baru" twice: each screen once',
      },
    ]);
    for (const path of ['/admin', '../pbb-online', '%2e%2e/cek-izin', 'https://evil.test/']) {
      expect(issuesOf(validEntry({ evidence: { screens: [screen(path)] } })), path).toMatchObject([
        {
          path: 'evidence.screens.0.path',
          message: expect.stringContaining('must be a path inside the app'),
        },
      ]);
    }
    expect(
      issuesOf(validEntry({ evidence: { screens: [{ path: '', caption: { id: 'Beranda' } }] } })),
    ).toMatchObject([{ path: 'evidence.screens.0.caption.en' }]);
    expect(
      issuesOf(validEntry({ evidence: { screens: [{ ...screen(''), caption: { id: ' ', en: 'Home' } }] } })),
    ).toMatchObject([{ path: 'evidence.screens.0.caption.id', message: 'must not be empty' }]);
    // A misspelt `screens`: named, and the one it stands for said to be missing.
    expect(issuesOf(validEntry({ evidence: { screen: [screen('')] } }))).toMatchObject([
      { path: 'evidence.screens', message: 'is required' },
      { path: 'evidence.screen', message: 'is not a known field: remove it or check the spelling' },
    ]);
  });

  it('takes service-level objectives from 90 to 99.999 percent, each of them optional', () => {
    expect(issuesOf(validEntry({ objectives: { availability: 99.9, loadSuccess: 99 } }))).toEqual([]);
    expect(issuesOf(validEntry({ objectives: { loadSuccess: 99.999 } }))).toEqual([]);
    expect(issuesOf(validEntry({ objectives: { availability: 100 } }))).toEqual([
      {
        entry: '"antrean-ktp"',
        path: 'objectives.availability',
        message:
          "must be a percentage from 90 to 99.999, like 99.5 (the share of the monitor's probes that pass the app promises a month); leave it out for 99.5",
      },
    ]);
    // A fraction where a percent belongs is the likely slip: 0.995 for 99.5 %.
    expect(issuesOf(validEntry({ objectives: { loadSuccess: 0.99 } }))).toMatchObject([
      { path: 'objectives.loadSuccess', message: expect.stringContaining('from 90 to 99.999') },
    ]);
    expect(issuesOf(validEntry({ objectives: { availability: '99.5' } }))).toMatchObject([
      { path: 'objectives.availability', message: 'must be a number (got a string)' },
    ]);
    expect(issuesOf(validEntry({ objectives: { uptime: 99.5 } }))).toMatchObject([
      { path: 'objectives.uptime', message: 'is not a known field: remove it or check the spelling' },
    ]);
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
