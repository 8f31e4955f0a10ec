import { anonymousUser, filterManifestForUser } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchManifest, readManifestAnswer } from './fetchManifest.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

const url = 'http://portal.test/api/manifest';
const pengumuman = pengumumanEntry;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (response: () => Response) => server.use(http.get(url, response));

describe('fetchManifest', () => {
  it('returns the entries the registry sends', async () => {
    serve(() => HttpResponse.json({ entries: [pengumuman] }));
    await expect(fetchManifest(url)).resolves.toEqual([pengumuman]);
  });

  it('accepts the whole catalog the registry serves a citizen', async () => {
    const citizenCatalog = filterManifestForUser(seedCatalog(), anonymousUser);
    serve(() => HttpResponse.json({ entries: citizenCatalog }));
    const entries = await fetchManifest(url);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.every((entry) => entry.role === 'public')).toBe(true);
  });

  it('says which URL failed and its status when the registry errs', async () => {
    serve(() => new HttpResponse('down', { status: 503 }));
    await expect(fetchManifest(url)).rejects.toMatchObject({
      code: 'MANIFEST_UNAVAILABLE',
      message: `The app catalog at ${url} answered HTTP 503.`,
    });
  });

  it('reports a response that is not JSON (an HTML fallback page, say)', async () => {
    serve(() => new HttpResponse('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchManifest(url)).rejects.toMatchObject({ code: 'MANIFEST_INVALID' });
  });

  it('names the entry and the fields that are missing', async () => {
    const { route: _route, name: _name, ...broken } = pengumuman;
    serve(() => HttpResponse.json({ entries: [pengumuman, broken] }));
    await expect(fetchManifest(url)).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
      message: expect.stringContaining('"pengumuman" has no valid route, name'),
    });
  });

  it('reads the personal catalog the auth frame passed on, and says when the registry refused it', () => {
    expect(readManifestAnswer({ status: 200, body: { entries: [pengumuman] } }, url)).toEqual([pengumuman]);
    expect(() => readManifestAnswer({ status: 503 }, url)).toThrow(
      `The app catalog at ${url} answered HTTP 503.`,
    );
  });

  it('reports a document without an entries array', async () => {
    serve(() => HttpResponse.json([pengumuman]));
    await expect(fetchManifest(url)).rejects.toThrow('has no "entries" array');
  });
});
