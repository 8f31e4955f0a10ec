import { seedCatalog } from '@bas/manifest/seed';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogHomeOf } from '@bas/manifest';
import {
  adoptHome,
  adoptSource,
  catalogIndexSource,
  catalogIsStale,
  entriesWithIds,
  entryShownAt,
  entryShownWithId,
  loadCatalog,
  revalidateCatalog,
  useCatalog,
  wantCatalogFor,
  wantCatalogList,
  wantOwnApps,
  wantWholeCatalog,
  wantWholeSection,
  wholeCatalogLimit,
} from './catalogStore.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

const telemetry = vi.hoisted(() => ({ record: vi.fn(), flush: vi.fn() }));
vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: telemetry }));

const url = 'http://portal.test/api/manifest';
const pengumuman = pengumumanEntry;
const catalog = seedCatalog();
const [other, third] = catalog.filter((entry) => entry.role === 'public' && entry.id !== pengumuman.id);
const internal = catalog.find((entry) => entry.role === 'internal');
const config = { manifestUrl: '/api/manifest', remoteTimeoutMs: 8000, remoteOrigins: [] };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.clearAllMocks();
});
afterAll(() => server.close());

/** The registry: the catalog under `etag`, a 304 to a request that holds it. */
function registry(entries: unknown[], etag: string, headers: Record<string, string> = {}) {
  const asked: Array<string | null> = [];
  server.use(
    http.get(url, ({ request }) => {
      asked.push(request.headers.get('if-none-match'));
      return request.headers.get('if-none-match') === etag
        ? new HttpResponse(null, { status: 304, headers })
        : HttpResponse.json({ entries }, { headers: { etag, ...headers } });
    }),
  );
  return asked;
}

const down = () => server.use(http.get(url, () => new HttpResponse('down', { status: 503 })));

const source = (saved?: { savedAt: string; entries: unknown[] }) => ({
  config,
  personal: () => Promise.resolve(undefined),
  saved: () => Promise.resolve(saved),
});

const shown = () => {
  const state = useCatalog.getState();
  if (state.status !== 'ready') throw new Error(`the catalog is ${state.status}`);
  return state;
};

describe('the catalog store', () => {
  it('fetches the list under a rendered home only when something asks for it, and once', async () => {
    const asked = registry([pengumuman, other], '"t2"');
    adoptHome(
      source(),
      catalogHomeOf([pengumuman], (entry) => entry),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);
    wantCatalogList();
    wantCatalogList();
    await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
    wantCatalogList();
    expect(asked).toHaveLength(1);
  });

  it('shows the home the page was rendered with until the list arrives, and keeps it while the registry is down', async () => {
    const home = catalogHomeOf([pengumuman], (entry) => entry);
    adoptHome(source(), home);
    expect(useCatalog.getState()).toEqual({ status: 'loading', home });
    expect(catalogIsStale()).toBe(false);
    down();
    await loadCatalog();
    // Still the home, said to be as of when the page was rendered, and asked again sooner.
    expect(useCatalog.getState()).toMatchObject({ status: 'loading', home, readAt: expect.any(String) });
    expect(catalogIsStale()).toBe(true);
    registry([pengumuman, other], '"t0"');
    await revalidateCatalog();
    expect(shown().entries).toEqual([pengumuman, other]);
    expect(catalogIsStale()).toBe(false);
  });

  it('revalidates the rendered home by its own few kilobytes and ETag, never the list', async () => {
    const others = catalog
      .filter((entry) => entry.role === 'public' && entry.id !== pengumuman.id)
      .slice(0, 2);
    const list = registry([pengumuman, ...others], '"t1"');
    const rendered = catalogHomeOf([pengumuman, ...others], (entry) => entry);
    // The kill switch took Pengumuman off since the page was rendered.
    const now = catalogHomeOf(others, (entry) => entry);
    const asked: Array<string | null> = [];
    server.use(
      http.get('http://portal.test/api/catalog/home', ({ request }) => {
        asked.push(request.headers.get('if-none-match'));
        return request.headers.get('if-none-match') === '"h2"'
          ? new HttpResponse(null, { status: 304 })
          : HttpResponse.json(now, { headers: { etag: '"h2"' } });
      }),
    );
    adoptHome(source(), rendered);
    await revalidateCatalog();
    const home = () => {
      const state = useCatalog.getState();
      return state.status === 'loading' ? state.home : undefined;
    };
    expect(home()).toEqual(now);
    const first = home();
    await revalidateCatalog();
    expect(home()).toBe(first);
    expect(asked).toEqual([null, '"h2"']);
    expect(list).toEqual([]);
    // The registry stops answering: the home stays, said to be as of when it was last confirmed.
    server.use(
      http.get('http://portal.test/api/catalog/home', () => new HttpResponse('down', { status: 503 })),
    );
    await revalidateCatalog();
    expect(useCatalog.getState()).toMatchObject({ status: 'loading', home: now, readAt: expect.any(String) });
    expect(catalogIsStale()).toBe(true);
  });

  it('shows the saved copy when the registry is down, without what is malformed or internal', async () => {
    down();
    const savedAt = '2026-12-01T03:42:00.000Z';
    await loadCatalog(source({ savedAt, entries: [pengumuman, { id: 'rusak', name: 42 }, internal] }));
    expect(shown().entries).toEqual([pengumuman]);
    expect(shown().savedAt).toBe(savedAt);
  });

  it('fails rather than show a saved copy with nothing usable in it', async () => {
    down();
    await loadCatalog(source({ savedAt: 'yesterday', entries: [pengumuman] }));
    expect(useCatalog.getState().status).toBe('failed');
    await loadCatalog(source({ savedAt: '2026-12-01T03:42:00.000Z', entries: [{ kind: 'federated' }] }));
    expect(useCatalog.getState().status).toBe('failed');
  });

  it('tells the agency, through telemetry, that its entry was left out', async () => {
    const { route: _route, ...broken } = other ?? pengumuman;
    registry([pengumuman, broken], '"t1"');
    await loadCatalog(source());
    expect(shown().entries).toEqual([pengumuman]);
    await vi.waitFor(() =>
      expect(telemetry.record).toHaveBeenCalledWith(
        expect.objectContaining({
          appId: broken.id,
          kind: 'error',
          name: 'manifest-invalid',
          data: { message: 'it has no valid route' },
        }),
      ),
    );
  });

  it('revalidates with the ETag: an unchanged catalog keeps the very entries shown, so nothing is remounted', async () => {
    const asked = registry([pengumuman, other], '"v1"');
    await loadCatalog(source());
    const before = shown();
    await revalidateCatalog();
    expect(asked).toEqual([null, '"v1"']);
    expect(shown().entries).toBe(before.entries);
  });

  it('shows a change, keeping each unchanged entry as it was', async () => {
    registry([pengumuman, other], '"v1"');
    await loadCatalog(source());
    const before = shown();
    const updated = { ...pengumuman, version: '9.9.9' };
    registry([updated, other, third], '"v2"');
    await revalidateCatalog();
    expect(shown().entries).toEqual([updated, other, third]);
    expect(shown().byId.get(other?.id ?? '')).toBe(before.byId.get(other?.id ?? ''));
  });

  it('keeps the catalog when the registry stops answering, saying from when it is, until it answers again', async () => {
    registry([pengumuman], '"v1"');
    await loadCatalog(source());
    const before = shown();
    const confirmed = Date.now();
    down();
    await revalidateCatalog();
    expect(shown().entries).toBe(before.entries);
    expect(Date.parse(shown().readAt ?? '')).toBeGreaterThanOrEqual(confirmed - 1000);
    registry([pengumuman], '"v1"');
    await revalidateCatalog();
    expect(shown().readAt).toBeUndefined();
    expect(shown().entries).toBe(before.entries);
  });

  it('says when the registry answers from a copy it read earlier', async () => {
    const readAt = '2026-12-01T03:42:00.000Z';
    registry([pengumuman], '"v1"', { 'bas-catalog-read-at': readAt });
    await loadCatalog(source());
    expect(shown().readAt).toBe(readAt);
    registry([pengumuman], '"v1"');
    await revalidateCatalog();
    expect(shown().readAt).toBeUndefined();
  });

  it('recovers by itself from a failed load once the registry answers', async () => {
    down();
    await loadCatalog(source());
    expect(useCatalog.getState().status).toBe('failed');
    registry([pengumuman], '"v1"');
    await revalidateCatalog();
    expect(shown().entries).toEqual([pengumuman]);
  });
});

describe('an app page opened from a link, before the list is loaded', () => {
  const entryUrl = 'http://portal.test/api/catalog/routes/pengumuman';

  /** The registry's entry at /layanan/pengumuman: `answer` for each request, with the If-None-Match it carried. */
  function entryAt(answer: (tag: string | null) => Response) {
    const asked: Array<string | null> = [];
    server.use(
      http.get(entryUrl, ({ request }) => {
        asked.push(request.headers.get('if-none-match'));
        return answer(request.headers.get('if-none-match'));
      }),
    );
    return asked;
  }
  const opened = () => entryShownAt(useCatalog.getState(), 'pengumuman');

  it('asks the registry for that app alone, never the list, and keeps it up to date by its ETag', async () => {
    const list = registry([pengumuman, other], '"t1"');
    let version = pengumuman.version;
    const asked = entryAt((tag) =>
      tag === `"${version}"`
        ? new HttpResponse(null, { status: 304 })
        : HttpResponse.json({ ...pengumuman, version }, { headers: { etag: `"${version}"` } }),
    );
    adoptSource(source());
    wantCatalogFor('/layanan/pengumuman/pbb-2027');
    await vi.waitFor(() => expect(opened()).toEqual({ entry: pengumuman, loadedFor: undefined }));
    const first = opened()?.entry;
    await revalidateCatalog();
    expect(opened()?.entry).toBe(first);
    version = '9.9.9';
    await revalidateCatalog();
    expect(opened()?.entry).toMatchObject({ version: '9.9.9' });
    expect(asked).toEqual([null, `"${pengumuman.version}"`, `"${pengumuman.version}"`]);
    expect(list).toEqual([]);
    // Another page needs the list: the app page then reads from it.
    wantCatalogFor('/semua-layanan');
    await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
    expect(opened()).toEqual({ entry: pengumuman, loadedFor: undefined });
  });

  it('shows no entry for an app the visitor may not see, and closes the one a kill switch removed', async () => {
    let removed = false;
    entryAt(() =>
      removed
        ? HttpResponse.json({ code: 'NOT_FOUND' }, { status: 404 })
        : HttpResponse.json(pengumuman, { headers: { etag: '"e1"' } }),
    );
    adoptSource(source());
    wantCatalogFor('/layanan/pengumuman');
    await vi.waitFor(() => expect(opened()?.entry).toEqual(pengumuman));
    removed = true;
    await revalidateCatalog();
    expect(opened()).toEqual({ entry: undefined, loadedFor: undefined });
  });

  it('turns to the list, and so to the saved copy, when the registry does not send the entry', async () => {
    entryAt(() => new HttpResponse('down', { status: 503 }));
    down();
    const savedAt = '2026-12-01T03:42:00.000Z';
    adoptSource(source({ savedAt, entries: [pengumuman] }));
    wantCatalogFor('/layanan/pengumuman');
    await vi.waitFor(() => expect(shown()).toMatchObject({ entries: [pengumuman], savedAt }));
    expect(opened()).toEqual({ entry: pengumuman, loadedFor: undefined });
  });

  it('keeps an open app when a revalidation gets no answer, saying from when its entry is', async () => {
    let answering = true;
    entryAt(() =>
      answering
        ? HttpResponse.json(pengumuman, { headers: { etag: '"e1"' } })
        : new HttpResponse('down', { status: 503 }),
    );
    adoptSource(source());
    wantCatalogFor('/layanan/pengumuman');
    await vi.waitFor(() => expect(opened()?.entry).toEqual(pengumuman));
    expect(catalogIsStale()).toBe(false);
    answering = false;
    await revalidateCatalog();
    expect(opened()?.entry).toEqual(pengumuman);
    expect(useCatalog.getState()).toMatchObject({ status: 'loading', readAt: expect.any(String) });
    expect(catalogIsStale()).toBe(true);
  });
});

describe("a returning visitor's own apps on the home, before the list is loaded", () => {
  const home = catalogHomeOf([pengumuman], (entry) => entry);

  it('are asked for by id, never the list, and kept up to date by their ETag', async () => {
    const list = registry([pengumuman, other], '"t1"');
    server.use(
      http.get('http://portal.test/api/catalog/home', () => new HttpResponse(null, { status: 304 })),
    );
    const asked: Array<{ ids: string | null; tag: string | null }> = [];
    server.use(
      http.get('http://portal.test/api/catalog/entries', ({ request }) => {
        const tag = request.headers.get('if-none-match');
        asked.push({ ids: new URL(request.url).searchParams.get('ids'), tag });
        return tag === '"o1"'
          ? new HttpResponse(null, { status: 304 })
          : HttpResponse.json({ entries: [other] }, { headers: { etag: '"o1"' } });
      }),
    );
    adoptHome(source(), home);
    // From this device: a favourite, an id no registry has, and a recent app repeated.
    wantOwnApps([other?.id ?? '', 'Rusak <b>', other?.id ?? '', 'layanan-lama']);
    await vi.waitFor(() => expect(entryShownWithId(useCatalog.getState(), other?.id ?? '')).toEqual(other));
    expect(entryShownWithId(useCatalog.getState(), 'layanan-lama')).toBeUndefined();
    await revalidateCatalog();
    expect(asked).toEqual([
      { ids: `${other?.id ?? ''},layanan-lama`, tag: null },
      { ids: `${other?.id ?? ''},layanan-lama`, tag: '"o1"' },
    ]);
    expect(list).toEqual([]);
  });

  it('come from the list for a person signed in, whose catalog the auth frame loads', async () => {
    const list = registry([pengumuman, other], '"t1"');
    useSessionStore.setState({
      status: 'authenticated',
      user: { username: 'warga', name: 'Warga', roles: ['warga'] },
      notice: null,
    });
    try {
      adoptHome(source(), home);
      wantOwnApps([pengumuman.id]);
      await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
      expect(list).toHaveLength(1);
    } finally {
      useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    }
  });
});

describe('what the page wants, as the person moves on', () => {
  const routeUrl = (route: string) => `http://portal.test/api/catalog/routes/${route}`;
  const second = other ?? pengumuman;

  it('shows the app the page is on when an answer for another one comes late', async () => {
    let release: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(routeUrl(pengumuman.route), () => HttpResponse.json(pengumuman)),
      http.get(routeUrl(second.route), async () => {
        await late;
        return HttpResponse.json(second);
      }),
    );
    adoptSource(source());
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    await vi.waitFor(() =>
      expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toEqual(pengumuman),
    );
    // To the other app, and back before its entry arrived.
    wantCatalogFor(`/layanan/${second.route}`);
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toEqual(pengumuman);
  });

  it('keeps the very entry an app runs from when the list arrives, so the app is not restarted', async () => {
    server.use(http.get(routeUrl(pengumuman.route), () => HttpResponse.json(pengumuman)));
    registry([pengumuman, second], '"t1"');
    adoptSource(source());
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    await vi.waitFor(() => expect(entryShownAt(useCatalog.getState(), pengumuman.route)).toBeDefined());
    const running = entryShownAt(useCatalog.getState(), pengumuman.route)?.entry;
    wantCatalogFor('/semua');
    await vi.waitFor(() => expect(shown().entries).toHaveLength(2));
    expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toBe(running);
  });

  describe('the whole catalog page', () => {
    /** The registry's home: `total` apps, Pengumuman among the popular. */
    function homeOf(total: number) {
      const asked: string[] = [];
      server.use(
        http.get('http://portal.test/api/catalog/home', ({ request }) => {
          asked.push(request.url);
          return HttpResponse.json({ ...catalogHomeOf([pengumuman], (entry) => entry), total });
        }),
      );
      return asked;
    }

    it('of a national catalog asks for the home’s counts alone, never the list', async () => {
      const list = registry([pengumuman, other], '"t1"');
      const home = homeOf(27_000);
      adoptSource(source());
      wantCatalogFor('/semua');
      await vi.waitFor(() => expect(useCatalog.getState()).toMatchObject({ home: { total: 27_000 } }));
      // The page asks again once the home is there: the counts say the catalog is too large to list.
      wantWholeCatalog();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(home).toHaveLength(1);
      expect(list).toEqual([]);
      expect(useCatalog.getState().status).toBe('loading');
    });

    it('of a catalog a person can look through loads the list once the home says how large it is', async () => {
      const list = registry([pengumuman, other], '"t1"');
      homeOf(wholeCatalogLimit);
      adoptSource(source());
      wantCatalogFor('/semua');
      await vi.waitFor(() =>
        expect(useCatalog.getState()).toMatchObject({ home: { total: wholeCatalogLimit } }),
      );
      wantWholeCatalog();
      await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
      expect(list).toHaveLength(1);
    });

    it('of a rendered home, or for a person signed in, needs no request for the home', async () => {
      const list = registry([pengumuman, other], '"t1"');
      const home = homeOf(27_000);
      adoptHome(source(), { ...catalogHomeOf([pengumuman], (entry) => entry), total: 27_000 });
      wantCatalogFor('/semua');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(home).toEqual([]);
      expect(list).toEqual([]);
      // Signed in, the catalog comes whole through the auth frame: the page lists it.
      useSessionStore.setState({
        status: 'authenticated',
        user: { username: 'warga', name: 'Warga', roles: ['warga'] },
        notice: null,
      });
      try {
        wantWholeCatalog();
        await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
        expect(home).toEqual([]);
      } finally {
        useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
      }
    });
  });

  it('asks for the first apps of a large section, and for all of them once the person asks', async () => {
    const list = registry([pengumuman, second], '"t1"');
    const asked: string[] = [];
    server.use(
      http.get('http://portal.test/api/catalog/entries', ({ request }) => {
        const { search } = new URL(request.url);
        asked.push(search);
        const entries = search.includes('first=') ? [pengumuman] : [pengumuman, second];
        return HttpResponse.json({ entries, total: 2 }, { headers: { etag: `"${search}"` } });
      }),
    );
    adoptSource(source());
    wantCatalogFor('/instansi/diskominfo');
    await vi.waitFor(() =>
      expect(useCatalog.getState()).toMatchObject({
        section: { query: 'agency=diskominfo&first=48', entries: [pengumuman], total: 2 },
      }),
    );
    wantWholeSection('agency=diskominfo&first=48');
    // The router's next update asks for the page again while all of it is on its way: it still comes.
    wantCatalogFor('/instansi/diskominfo');
    await vi.waitFor(() =>
      expect(useCatalog.getState()).toMatchObject({
        section: { query: 'agency=diskominfo', entries: [pengumuman, second], total: 2 },
      }),
    );
    // The page asked for again (the router's next update) keeps all of it, and revalidates all of it.
    wantCatalogFor('/instansi/diskominfo');
    await revalidateCatalog();
    expect(asked).toEqual(['?agency=diskominfo&first=48', '?agency=diskominfo', '?agency=diskominfo']);
    expect(useCatalog.getState()).toMatchObject({ section: { query: 'agency=diskominfo' } });
    expect(list).toEqual([]);
  });

  it('lists a browse page from its section alone, revalidated by its ETag', async () => {
    const list = registry([pengumuman, second], '"t1"');
    const asked: Array<{ query: string; tag: string | null }> = [];
    server.use(
      http.get('http://portal.test/api/catalog/entries', ({ request }) => {
        const tag = request.headers.get('if-none-match');
        asked.push({ query: new URL(request.url).search, tag });
        return tag === '"s1"'
          ? new HttpResponse(null, { status: 304 })
          : HttpResponse.json({ entries: [pengumuman], total: 1 }, { headers: { etag: '"s1"' } });
      }),
    );
    adoptSource(source());
    wantCatalogFor('/instansi/diskominfo');
    await vi.waitFor(() =>
      expect(useCatalog.getState()).toMatchObject({
        section: { query: 'agency=diskominfo&first=48', entries: [pengumuman], total: 1 },
      }),
    );
    await revalidateCatalog();
    expect(asked).toEqual([
      { query: '?agency=diskominfo&first=48', tag: null },
      { query: '?agency=diskominfo&first=48', tag: '"s1"' },
    ]);
    // A card tapped there opens its app at once, from the entry the section sent: no request before it starts.
    const byRoute: string[] = [];
    server.use(
      http.get(routeUrl(pengumuman.route), ({ request }) => {
        byRoute.push(request.url);
        return HttpResponse.json(pengumuman);
      }),
    );
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toEqual(pengumuman);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(byRoute).toEqual([]);
    expect(list).toEqual([]);
    // Its first check, by route without an ETag, sends the same entry: the running app keeps the very object.
    const running = entryShownAt(useCatalog.getState(), pengumuman.route)?.entry;
    await revalidateCatalog();
    expect(byRoute).toHaveLength(1);
    expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toBe(running);
    // An address no section can have is not asked for: its page says it is not there.
    wantCatalogFor('/kategori/%E0%A4%A');
    expect(useCatalog.getState()).toMatchObject({ section: { entries: [] } });
  });

  it('keeps an app running from its own entry when the list cannot be loaded, saying from when it is', async () => {
    server.use(http.get(routeUrl(pengumuman.route), () => HttpResponse.json(pengumuman)));
    down();
    adoptSource(source());
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    await vi.waitFor(() => expect(entryShownAt(useCatalog.getState(), pengumuman.route)).toBeDefined());
    // A search asks for the list, which does not come, and no copy was saved.
    wantCatalogList();
    await vi.waitFor(() => expect(useCatalog.getState()).toMatchObject({ readAt: expect.any(String) }));
    expect(useCatalog.getState().status).toBe('loading');
    expect(entryShownAt(useCatalog.getState(), pengumuman.route)?.entry).toEqual(pengumuman);
  });

  it('finds entries by id without the list: those shown, and the others asked of the registry', async () => {
    const asked: Array<string | null> = [];
    const list = registry([pengumuman, second], '"t1"');
    server.use(
      http.get(routeUrl(pengumuman.route), () => HttpResponse.json(pengumuman)),
      http.get('http://portal.test/api/catalog/entries', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('ids'));
        return HttpResponse.json({ entries: [second] });
      }),
    );
    adoptSource(source());
    wantCatalogFor(`/layanan/${pengumuman.route}`);
    await vi.waitFor(() => expect(entryShownAt(useCatalog.getState(), pengumuman.route)).toBeDefined());
    const found = await entriesWithIds([second.id, pengumuman.id, 'tidak-ada']);
    expect([...found.values()]).toEqual([pengumuman, second]);
    expect(asked).toEqual([`${second.id},tidak-ada`]);
    expect(list).toEqual([]);
  });
});

describe('search', () => {
  it("sends a visitor's search to the registry's index, not the list; a person signed in searches the list", async () => {
    const list = registry([pengumuman, other], '"t1"');
    adoptSource(source());
    wantCatalogFor('/cari');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nor does the check for a newer catalog load it.
    await revalidateCatalog();
    expect(list).toEqual([]);
    // One source, so the search worker fetches the index once.
    expect(catalogIndexSource()).toEqual({ indexUrl: 'http://portal.test/api/catalog/index' });
    expect(catalogIndexSource()).toBe(catalogIndexSource());
    useSessionStore.setState({
      status: 'authenticated',
      user: { username: 'warga', name: 'Warga', roles: ['warga'] },
      notice: null,
    });
    try {
      expect(catalogIndexSource()).toBeUndefined();
      wantCatalogFor('/cari');
      await vi.waitFor(() => expect(shown().entries).toEqual([pengumuman, other]));
    } finally {
      useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    }
  });

  it('has no index to search when the catalog is a static manifest.json', () => {
    adoptSource({ ...source(), config: { ...config, manifestUrl: '/manifest.json' } });
    expect(catalogIndexSource()).toBeUndefined();
  });
});
