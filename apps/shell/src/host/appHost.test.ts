import type { FederatedEntry } from '@bas/manifest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { createAppHost } from './appHost.ts';
import type { FederationHost } from './createFederationHost.ts';
import type { LocalBuilds } from './localBuilds.ts';

// The runtime's side, recorded: which apps it was told of, and which it loaded.
const federation = vi.hoisted(() => ({ registered: [] as string[], loaded: [] as string[] }));
vi.mock('./createFederationHost.ts', () => ({
  createFederationHost: (): FederationHost => ({
    register: (entry) => void federation.registered.push(entry.id),
    load: async (entry) => {
      federation.loaded.push(entry.id);
      return { mount: () => () => undefined };
    },
  }),
}));

// Whether the tab may run the agency's code before a click: anonymous visitors' tabs may run any agency's.
const tab = vi.hoisted(() => ({ mayRun: true }));
vi.mock('../auth/shellAuth.ts', () => ({ claimPreloadOf: () => tab.mayRun }));

const noBuilds: LocalBuilds = { origins: () => [], of: () => undefined, merge: async (entries) => entries };
const app = (id: string): FederatedEntry => ({ ...pengumumanEntry, id, route: id });

afterEach(() => {
  federation.registered.length = 0;
  federation.loaded.length = 0;
});

describe('createAppHost', () => {
  it('tells the federation runtime of each app as it is opened, not of the catalog at start', async () => {
    const apps = createAppHost(noBuilds);
    apps.configure({ timeoutMs: 8000, remoteOrigins: ['http://127.0.0.1:4101'], nonce: '' });
    await apps.open(app('antrean-ktp'), document.createElement('div'), {} as never);
    await apps.open(app('pengumuman'), document.createElement('div'), {} as never);
    expect(federation.registered).toEqual(['antrean-ktp', 'pengumuman']);
    expect(federation.loaded).toEqual(['antrean-ktp', 'pengumuman']);
  });
});

describe('the files an opening loads first', () => {
  const hash = `sha384-${'A'.repeat(64)}`;
  // Pointing at an app's card (twice) whose entry names `paths`; the module preloads the page then holds.
  const preloadedFor = (manifestUrl: string, paths: string[]) => {
    const apps = createAppHost(noBuilds);
    apps.configure({ timeoutMs: 8000, remoteOrigins: ['http://127.0.0.1:4101'], nonce: '' });
    const openingFiles = paths.map((path) => ({ path, integrity: hash }));
    apps.preload({ ...app('antrean-ktp'), manifestUrl, openingFiles });
    apps.preload({ ...app('antrean-ktp'), manifestUrl, openingFiles });
    return Array.from(
      document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
      (link) => ({
        href: link.href,
        integrity: link.integrity,
        crossOrigin: link.crossOrigin,
      }),
    );
  };

  afterEach(() => {
    for (const link of document.head.querySelectorAll('link')) link.remove();
    tab.mayRun = true;
  });

  it('are asked for at the first sign of intent, pinned by their hashes, once each', () => {
    expect(
      preloadedFor('http://127.0.0.1:4101/mf-manifest.json', ['remoteEntry.js', 'assets/remote-1a2b.js']),
    ).toEqual([
      { href: 'http://127.0.0.1:4101/remoteEntry.js', integrity: hash, crossOrigin: 'anonymous' },
      { href: 'http://127.0.0.1:4101/assets/remote-1a2b.js', integrity: hash, crossOrigin: 'anonymous' },
    ]);
  });

  it('never reach out of the build: a path leaving its folder is not asked for', () => {
    const paths = ['../pengumuman/remoteEntry.js', 'https://elsewhere.test/a.js', 'remoteEntry.js'];
    expect(
      preloadedFor('http://127.0.0.1:4101/antrean/mf-manifest.json', paths).map((link) => link.href),
    ).toEqual(['http://127.0.0.1:4101/antrean/remoteEntry.js']);
  });

  it('are asked for whichever agency: fetched, not run', () => {
    tab.mayRun = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{}'))),
    );
    expect(preloadedFor('http://127.0.0.1:4101/mf-manifest.json', ['remoteEntry.js'])).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
