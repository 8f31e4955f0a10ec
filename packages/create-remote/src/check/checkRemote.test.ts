import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it } from 'vitest';
import { fixtureKit } from '../testing/fixtureKit.ts';
import { initialEntry } from '../scaffold/scaffoldRemote.ts';
import { checkRemote } from './checkRemote.ts';

interface Fixture {
  installed?: Record<string, string>;
  shared?: { name: string; singleton?: boolean; requiredVersion?: string }[];
  entry?: Record<string, unknown>;
  remoteEntryBytes?: number;
  budgetKb?: number;
  /** package.json's version (default: the entry's). */
  version?: string;
}

const shellShared = ['react', 'react-dom', 'react-router', 'zustand', '@bas/sdk', '@bas/ui'].map((name) => ({
  name,
  singleton: true,
  requiredVersion: `^${fixtureKit.singletons[name] ?? ''}`,
}));

/** A built remote on disk: package.json, bas-remote.json, installed packages, and dist/ with its manifest. */
function builtRemote(fixture: Fixture = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bas-check-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const installed = { ...fixtureKit.singletons, ...fixture.installed };
  const entry = fixture.entry ?? seedCatalog().find((candidate) => candidate.id === 'pengumuman');
  write(
    'package.json',
    JSON.stringify({
      version: fixture.version ?? (entry as { version?: string } | undefined)?.version ?? '1.0.0',
      dependencies: Object.fromEntries(Object.keys(installed).map((name) => [name, installed[name]])),
      bas: { budgetKb: fixture.budgetKb ?? 50 },
    }),
  );
  for (const [name, version] of Object.entries(installed))
    write(`node_modules/${name}/package.json`, JSON.stringify({ version }));
  write('bas-remote.json', JSON.stringify(entry));
  write(
    'dist/mf-manifest.json',
    JSON.stringify({
      shared: fixture.shared ?? shellShared,
      exposes: [{ path: './App', assets: { js: { sync: ['assets/app.js'], async: [] } } }],
    }),
  );
  // Random bytes do not compress: the size on disk is the gzip size.
  write(
    'dist/remoteEntry.js',
    Buffer.from(
      Array.from({ length: fixture.remoteEntryBytes ?? 2000 }, () => Math.floor(Math.random() * 256)),
    ).toString('latin1'),
  );
  write('dist/assets/app.js', 'export const mount = () => () => {};');
  return dir;
}

describe('checkRemote', () => {
  it('passes a remote that shares the shell singletons at its versions, within budget', () => {
    const result = checkRemote(builtRemote(), fixtureKit);
    expect(result.problems).toEqual([]);
    expect(result.passed).toEqual([
      'bas-remote.json is a valid production catalog entry',
      "@bas/sdk 2.0.0, compatible with the portal's 2.0.0",
      'shares react, react-dom, react-router, zustand, @bas/sdk, @bas/ui with the shell',
      expect.stringMatching(
        /^own JavaScript \d+\.\d KB gzip in 2 files to open the app \(budget 50\.0 KB\)$/,
      ),
    ]);
  });

  it('refuses a remote that would load a second React, naming the version to install', () => {
    const { problems } = checkRemote(builtRemote({ installed: { react: '19.4.0' } }), fixtureKit);
    expect(problems).toEqual([
      "react 19.4.0 is installed, but the shell provides 19.3.1: the remote would load its own react beside the shell's. Install react@19.3.1.",
    ]);
  });

  it('refuses a build that does not share a singleton it uses', () => {
    const { problems } = checkRemote(
      builtRemote({ shared: shellShared.filter((shared) => shared.name !== 'react-dom') }),
      fixtureKit,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^react-dom is not shared as a singleton in the build: the remote would bring a second react-dom/,
      ),
    ]);
  });

  it('refuses a build that shares react/jsx-runtime but not react itself', () => {
    const shared = shellShared.map((entry) =>
      entry.name === 'react' ? { ...entry, name: 'react/jsx-runtime' } : entry,
    );
    expect(checkRemote(builtRemote({ shared }), fixtureKit).problems).toEqual([
      expect.stringMatching(/^react is not shared as a singleton in the build/),
    ]);
  });

  it('accepts a build that shares only the SDK entries it imports, as rspack builds do', () => {
    const shared = shellShared.map((entry) =>
      entry.name === '@bas/sdk' ? { ...entry, name: '@bas/sdk/react' } : entry,
    );
    expect(checkRemote(builtRemote({ shared }), fixtureKit).problems).toEqual([]);
  });

  it("accepts a build that shares only the design system's React binding, and refuses one that leaves it out", () => {
    const reactOnly = shellShared.map((entry) =>
      entry.name === '@bas/ui' ? { ...entry, name: '@bas/ui/react' } : entry,
    );
    expect(checkRemote(builtRemote({ shared: reactOnly }), fixtureKit).problems).toEqual([]);
    const without = shellShared.filter((entry) => entry.name !== '@bas/ui');
    expect(checkRemote(builtRemote({ shared: without }), fixtureKit).problems).toEqual([
      expect.stringMatching(
        /^@bas\/ui is not shared as a singleton in the build: the remote would bring a second/,
      ),
    ]);
  });

  it('refuses an SDK the portal does not provide, and an entry that declares another SDK version', () => {
    expect(checkRemote(builtRemote({ installed: { '@bas/sdk': '3.0.0' } }), fixtureKit).problems).toContain(
      '@bas/sdk 3.0.0 is installed; this portal provides 2.0.0. Install @bas/sdk@^2.0.0 and rebuild.',
    );
    const entry = {
      ...seedCatalog().find((candidate) => candidate.id === 'pengumuman'),
      sdkVersion: '2.0.1',
    };
    expect(checkRemote(builtRemote({ entry }), fixtureKit).problems).toEqual([
      'bas-remote.json says sdkVersion "2.0.1" but @bas/sdk 2.0.0 is installed: set "sdkVersion": "2.0.0".',
    ]);
  });

  it('refuses JavaScript over the budget, with what to do about it', () => {
    const { problems, ownBytes } = checkRemote(builtRemote({ remoteEntryBytes: 60_000 }), fixtureKit);
    expect(ownBytes).toBeGreaterThan(50 * 1024);
    expect(problems).toEqual([expect.stringMatching(/over budget\. Load rarely used parts with import\(\)/)]);
  });

  it('counts what opening the app costs; parts behind import() are named, not counted', () => {
    const dir = builtRemote();
    writeFileSync(
      join(dir, 'dist/mf-manifest.json'),
      JSON.stringify({
        shared: shellShared,
        exposes: [{ path: './App', assets: { js: { sync: ['assets/app.js'], async: ['assets/map.js'] } } }],
      }),
    );
    const random = Array.from({ length: 60_000 }, () => Math.floor(Math.random() * 256));
    writeFileSync(join(dir, 'dist/assets/map.js'), Buffer.from(random).toString('latin1'));
    const { problems, passed } = checkRemote(dir, fixtureKit);
    expect(problems).toEqual([]);
    expect(passed).toContainEqual(
      expect.stringMatching(/to open the app \(budget 50\.0 KB\), and \d+\.\d KB in 1 loaded on demand$/),
    );
  });

  it('names each invalid field of the entry', () => {
    const { id: _id, ...withoutId } = seedCatalog().find((candidate) => candidate.id === 'pengumuman') ?? {};
    const { problems } = checkRemote(
      builtRemote({ entry: { ...withoutId, exposedModule: 'App' } }),
      fixtureKit,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('field id'),
        expect.stringContaining('must name an exposed module like "./App"'),
      ]),
    );
  });

  it('takes the version from package.json, and refuses a second, different one in bas-remote.json', () => {
    const { version: _version, ...entry } =
      seedCatalog().find((candidate) => candidate.id === 'pengumuman') ?? {};
    expect(checkRemote(builtRemote({ entry, version: '4.0.0' }), fixtureKit).entry.version).toBe('4.0.0');
    expect(() => checkRemote(builtRemote({ version: '4.0.0' }), fixtureKit)).toThrow(
      'bas-remote.json says version 3.5.1, package.json says 4.0.0: the version is package.json\'s. Remove "version" from bas-remote.json.',
    );
  });

  it("refuses the scaffold's placeholder description, whichever portal it goes to", () => {
    const scaffolded = initialEntry(
      { appId: 'layanan-saya', agency: 'dinkes', role: 'public', name: 'Layanan Saya', dir: '' },
      fixtureKit.sdkVersion,
    );
    const production = checkRemote(builtRemote({ entry: scaffolded, version: '0.1.0' }), fixtureKit);
    expect(production.problems).toEqual([
      "bas-remote.json: description.id is still the scaffold's placeholder: say in one sentence what the app does and for whom (the catalog and search show it).",
      "bas-remote.json: description.en is still the scaffold's placeholder: say in one sentence what the app does and for whom (the catalog and search show it).",
    ]);
    const onLoopback = checkRemote(builtRemote({ entry: scaffolded, version: '0.1.0' }), fixtureKit, {
      entryUrl: 'http://127.0.0.1:4300/',
    });
    expect(onLoopback.problems).toEqual(production.problems);
  });
});
