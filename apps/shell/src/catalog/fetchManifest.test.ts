import { anonymousUser, filterManifestForUser } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexEntryOf } from '@bas/manifest';
import { fetchCatalogIndex, fetchManifest, readManifestAnswer } from './fetchManifest.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

const url = 'http://portal.test/api/manifest';
const pengumuman = pengumumanEntry;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (response: (request: Request) => Response | Promise<Response>) =>
  server.use(http.get(url, ({ request }) => response(request)));

describe('fetchManifest', () => {
  it('returns the entries the registry sends, with its ETag', async () => {
    serve(() => HttpResponse.json({ entries: [pengumuman] }, { headers: { etag: '"v1"' } }));
    await expect(fetchManifest(url)).resolves.toEqual({
      status: 'changed',
      entries: [pengumuman],
      skipped: [],
      etag: '"v1"',
      readAt: undefined,
    });
  });

  it('accepts the whole catalog the registry serves a citizen', async () => {
    const citizenCatalog = filterManifestForUser(seedCatalog(), anonymousUser);
    serve(() => HttpResponse.json({ entries: citizenCatalog }));
    const answer = await fetchManifest(url);
    expect(answer).toMatchObject({ status: 'changed', skipped: [] });
    const entries = answer.status === 'changed' ? answer.entries : [];
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.every((entry) => entry.role === 'public')).toBe(true);
  });

  it('revalidates with the ETag it holds: an unchanged catalog is a 304 without a body', async () => {
    serve((request) =>
      request.headers.get('if-none-match') === '"v1"'
        ? new HttpResponse(null, { status: 304 })
        : HttpResponse.json({ entries: [pengumuman] }, { headers: { etag: '"v1"' } }),
    );
    await expect(fetchManifest(url, { etag: '"v1"' })).resolves.toEqual({
      status: 'unchanged',
      readAt: undefined,
    });
    await expect(fetchManifest(url, { etag: '"v0"' })).resolves.toMatchObject({ status: 'changed' });
  });

  it('says when the registry answered from a copy it read over 15 s before, by its own clock', async () => {
    const readAt = '2026-12-01T03:42:00.000Z';
    const answering = (headers: Record<string, string>) =>
      serve(() =>
        HttpResponse.json(
          { entries: [pengumuman] },
          { headers: { 'bas-catalog-read-at': readAt, ...headers } },
        ),
      );
    answering({ age: '3' });
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt: undefined });
    answering({ age: '16' });
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt });
    answering({ date: 'Tue, 01 Dec 2026 03:42:05 GMT' });
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt: undefined });
    answering({ date: 'Tue, 01 Dec 2026 03:42:16 GMT' });
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt });
    // Sent alone, the time names a copy the registry fell back on.
    answering({});
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt });
    serve(() => HttpResponse.json({ entries: [pengumuman] }, { headers: { 'bas-catalog-read-at': 'soon' } }));
    await expect(fetchManifest(url)).resolves.toMatchObject({ readAt: undefined });
  });

  it('gives up on a registry that never answers, saying what timed out', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({ entries: [] });
    });
    await expect(fetchManifest(url, { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'MANIFEST_UNAVAILABLE',
      message: `The app catalog at ${url} did not answer within 0.05 s.`,
    });
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

  it('leaves out a malformed entry and one of a kind it does not know, naming each, and keeps the rest', async () => {
    const { route: _route, name: _name, ...broken } = pengumuman;
    const widget = { ...pengumuman, id: 'jenis-baru', route: 'jenis-baru', kind: 'wasm' };
    serve(() => HttpResponse.json({ entries: [broken, pengumuman, widget] }));
    await expect(fetchManifest(url)).resolves.toMatchObject({
      entries: [pengumuman],
      skipped: [
        { id: 'pengumuman', label: '"pengumuman"', reason: 'it has no valid route, name' },
        {
          id: 'jenis-baru',
          reason: 'its kind "wasm" is not one this version of the shell can open',
        },
      ],
    });
  });

  it('reads the personal catalog the auth frame passed on, and says when the registry refused it', () => {
    expect(
      readManifestAnswer({ status: 200, etag: '"p1"', body: { entries: [pengumuman] } }, url),
    ).toMatchObject({ status: 'changed', entries: [pengumuman], etag: '"p1"' });
    expect(readManifestAnswer({ status: 304 }, url)).toEqual({ status: 'unchanged', readAt: undefined });
    expect(() => readManifestAnswer({ status: 503 }, url)).toThrow(
      `The app catalog at ${url} answered HTTP 503.`,
    );
  });

  it('reports a document without an entries array', async () => {
    serve(() => HttpResponse.json([pengumuman]));
    await expect(fetchManifest(url)).rejects.toThrow('has no "entries" array');
  });
});

describe('fetchCatalogIndex', () => {
  const indexUrl = 'http://portal.test/api/catalog/index';
  const serveIndex = (entries: unknown[]) =>
    server.use(http.get(indexUrl, () => HttpResponse.json({ entries })));

  it('reads the index the search worker looks in', async () => {
    serveIndex([indexEntryOf(pengumuman)]);
    await expect(fetchCatalogIndex(indexUrl)).resolves.toEqual({
      entries: [indexEntryOf(pengumuman)],
      skipped: [],
    });
  });

  it('fails, so that the list serves instead, when none of its entries can be searched (an older registry)', async () => {
    const { description: _none, ...older } = indexEntryOf(pengumuman);
    serveIndex([older]);
    await expect(fetchCatalogIndex(indexUrl)).rejects.toThrow(
      `None of the 1 entries of the catalog's index at ${indexUrl} can be searched: "pengumuman": it has no valid description.`,
    );
  });
});
