import type { ManifestEntry } from '@bas/manifest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';

const legacy = (route: string): ManifestEntry => {
  const {
    manifestUrl: _m,
    exposedModule: _e,
    integrity: _i,
    standaloneUrl: _s,
    sdkVersion: _v,
    ...base
  } = pengumumanEntry;
  return { ...base, id: route, route, kind: 'iframe', url: `https://${route}.kotabogor.go.id/` };
};
const withApi = (route: string): ManifestEntry => ({
  ...pengumumanEntry,
  id: route,
  route,
  apiOrigins: ['https://api.disdukcapil.test'],
});

/** `pageAllows` of a document first loaded at `path`. */
async function loadedAt(path: string) {
  window.history.replaceState(null, '', path);
  vi.resetModules();
  return (await import('./pagePolicy.ts')).pageAllows;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('pageAllows', () => {
  it("on the home, runs apps that need no origin of their own, and no app's frame or API", async () => {
    const pageAllows = await loadedAt('/');
    expect(pageAllows(pengumumanEntry)).toBe(true);
    expect(pageAllows(legacy('ppid'))).toBe(false);
    expect(pageAllows(withApi('antrean'))).toBe(false);
  });

  it("on an app's own page, runs that app, and no other app's frame or API", async () => {
    const pageAllows = await loadedAt('/layanan/ppid/permohonan?x=1');
    expect(pageAllows(legacy('ppid'))).toBe(true);
    expect(pageAllows(legacy('jdih'))).toBe(false);
    expect(pageAllows(withApi('antrean'))).toBe(false);
    expect((await loadedAt('/layanan/antrean'))(withApi('antrean'))).toBe(true);
  });
});
