import type { CatalogHome, ManifestEntry } from '@bas/manifest';
import { nationalCatalog } from '@bas/manifest/seed';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import { createProbeStore } from '../src/monitor/createProbeStore.ts';
import { probeAt } from './support/probeAt.ts';
import { users } from './support/startIdentityProvider.ts';
import { idsIn, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

// A national catalog, as a province's portal aggregating its cities' catalogs would hold: the attacks below run
// against every one of its entries.
const catalog = nationalCatalog({ count: 27_000, sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });
const internal = catalog.filter((entry) => entry.role === 'internal');
const publicIds = catalog
  .filter((entry) => entry.role === 'public' && entry.status !== 'disabled')
  .map((entry) => entry.id)
  .sort();
const urlOf = (entry: ManifestEntry) => (entry.kind === 'federated' ? entry.manifestUrl : entry.url);

describe('the compact index, the home and entries on demand, over 27,000 entries', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite', undefined, catalog);
  }, 120_000);
  afterAll(() => registry.close());

  it.each([
    ['an anonymous visitor', undefined],
    ['a citizen', users.warga],
    ['a developer who is not a civil servant', users.devDisdukcapil],
  ])('never sends %s an internal entry, in the index or the home', async (_who, as) => {
    const index = await registry.call('GET', '/api/catalog/index', as === undefined ? {} : { as });
    expect(index.status).toBe(200);
    expect(idsIn(index.json()).sort()).toEqual(publicIds);
    const listed = new Set(idsIn(index.json()));
    expect(internal.filter((entry) => listed.has(entry.id))).toEqual([]);
    expect(index.body).not.toContain('"role":"internal"');

    const home = (await registry.call('GET', '/api/catalog/home', as === undefined ? {} : { as })).json();
    const { total, popular, categories } = home as CatalogHome<ManifestEntry>;
    expect(total).toBe(publicIds.length);
    expect(Object.values(categories).reduce((sum, n) => sum + n, 0)).toBe(publicIds.length);
    expect(popular.filter((entry) => entry.role !== 'public')).toEqual([]);
    // Whole, as the portal's server renders them into the page the shell revalidates with this document.
    expect(popular.length).toBeGreaterThan(0);
    expect(popular).toEqual(popular.map((entry) => catalog.find((whole) => whole.id === entry.id)));
  });

  it.each([
    ['an anonymous visitor', undefined],
    ['a citizen', users.warga],
  ])(
    'answers %s every internal entry asked of it by id or by route with 404, as if it did not exist',
    async (_who, as) => {
      for (const entry of internal.slice(0, 200)) {
        for (const path of [`/api/catalog/entries/${entry.id}`, `/api/catalog/routes/${entry.route}`]) {
          const answer = await registry.call('GET', path, as === undefined ? {} : { as });
          expect(answer.status, path).toBe(404);
          expect(answer.body).not.toContain(urlOf(entry));
        }
      }
      const missing = await registry.call('GET', '/api/catalog/routes/tidak-ada', { as: users.warga });
      expect(missing.json()).toMatchObject({
        code: 'NOT_FOUND',
        message:
          'No app with route "tidak-ada" in the catalog you may see: check the route, or sign in if it is an app of your agency.',
      });
    },
  );

  it("answers a person's own apps by id whole, leaving out what the caller may not see", async () => {
    const ids = ['pengumuman', ...internal.slice(0, 50).map((entry) => entry.id), 'tidak-ada', 'pengumuman'];
    for (const as of [undefined, users.warga]) {
      const answer = await registry.call(
        'GET',
        `/api/catalog/entries?ids=${ids.join(',')}`,
        as === undefined ? {} : { as },
      );
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual({ entries: [catalog.find((entry) => entry.id === 'pengumuman')] });
    }
    const civilServant = await registry.call('GET', '/api/catalog/entries?ids=simpeg,siak', {
      as: users.asnBkpsdm,
    });
    expect(idsIn(civilServant.json())).toEqual(['simpeg']);
  });

  it('answers one section whole (a category, an agency, a life event) as the caller may see it', async () => {
    const home = (await registry.call('GET', '/api/catalog/home')).json() as CatalogHome<ManifestEntry>;
    const [category, count] = Object.entries(home.categories)[0] ?? [];
    const section = await registry.call('GET', `/api/catalog/entries?category=${category ?? ''}`);
    const entries = (section.json() as { entries: ManifestEntry[] }).entries;
    expect(entries).toHaveLength(count ?? -1);
    expect(entries.every((entry) => entry.category === category && entry.role === 'public')).toBe(true);
    // An agency with internal apps: none of them for a visitor or a citizen, its own civil servant's too.
    for (const as of [undefined, users.warga]) {
      const agency = await registry.call(
        'GET',
        '/api/catalog/entries?agency=disdukcapil',
        as === undefined ? {} : { as },
      );
      expect(idsIn(agency.json())).not.toContain('siak');
      expect(agency.body).not.toContain('"role":"internal"');
    }
    const own = await registry.call('GET', '/api/catalog/entries?agency=disdukcapil', {
      as: users.asnDisdukcapil,
    });
    expect(idsIn(own.json())).toContain('siak');
    const births = await registry.call('GET', '/api/catalog/entries?lifeEvent=kelahiran');
    expect(idsIn(births.json())).toContain('dokumen-kependudukan');
    // Kept compressed per audience, as the manifest is: revalidated with its ETag, a 304.
    const brotli = await registry.call('GET', `/api/catalog/entries?category=${category ?? ''}`, {
      headers: { 'accept-encoding': 'br', 'if-none-match': section.headers.etag as string },
    });
    expect(brotli.status).toBe(304);
    const made = await registry.call('GET', '/api/catalog/entries?agency=dinas-yang-tidak-ada');
    expect(made.json()).toEqual({ entries: [], total: 0 });
  });

  it("answers a section's first apps, the city's most used first, with how many it holds", async () => {
    const whole = await registry.call('GET', '/api/catalog/entries?category=kependudukan');
    const { total } = whole.json() as { total: number };
    expect(total).toBeGreaterThan(1000);
    const first = await registry.call('GET', '/api/catalog/entries?category=kependudukan&first=48');
    const answer = first.json() as { entries: ManifestEntry[]; total: number };
    expect(answer.total).toBe(total);
    expect(answer.entries).toHaveLength(48);
    // The city's most used population service first, then the others as the portal lists them.
    expect(answer.entries.slice(0, 2).map((entry) => entry.id)).toEqual([
      'dokumen-kependudukan',
      'antrean-disdukcapil',
    ]);
    expect(first.body.length).toBeLessThan(whole.body.length / 20);
    // Filtered as the whole section is: a visitor never gets an internal app, its agency's civil servant does.
    const agency = await registry.call('GET', '/api/catalog/entries?agency=disdukcapil&first=192');
    expect(idsIn(agency.json())).not.toContain('siak');
    expect(agency.body).not.toContain('"role":"internal"');
    const own = await registry.call('GET', '/api/catalog/entries?agency=disdukcapil&first=192', {
      as: users.asnDisdukcapil,
    });
    // Their agency's internal apps counted, the visitor's count without them.
    const { total: theirs } = own.json() as { total: number };
    const { total: visitors } = agency.json() as { total: number };
    expect(theirs).toBe(visitors + internal.filter((entry) => entry.agency === 'disdukcapil').length);
    const again = await registry.call('GET', '/api/catalog/entries?category=kependudukan&first=48', {
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.status).toBe(304);
  });

  it('refuses a list of ids that is not one, saying what to send', async () => {
    const tooMany = Array.from({ length: 101 }, (_, index) => `layanan-${index}`).join(',');
    for (const ids of ['', 'Pengumuman', 'pengumuman,,cek-izin', tooMany]) {
      const answer = await registry.call('GET', `/api/catalog/entries?ids=${ids}`);
      expect(answer.status, ids).toBe(400);
      expect(answer.body).toContain('give up to 100 app ids separated by commas');
    }
    for (const query of ['', '?ids=pengumuman&category=kependudukan']) {
      const answer = await registry.call('GET', `/api/catalog/entries${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json()).toMatchObject({
        message: 'Give exactly one of ids (app ids separated by commas), category, agency or lifeEvent.',
      });
    }
    for (const first of ['0', '47', '200', '4.5', 'semua']) {
      const answer = await registry.call('GET', `/api/catalog/entries?category=kependudukan&first=${first}`);
      expect(answer.status, first).toBe(400);
      expect(answer.body).toContain("first: give 48, 96, 144, 192 (pages of the portal's cards), like 48");
    }
    const firstOfIds = await registry.call('GET', '/api/catalog/entries?ids=pengumuman&first=48');
    expect(firstOfIds.json()).toMatchObject({
      message: 'first applies to a section (category, agency or lifeEvent); ask for ids without it.',
    });
    const category = await registry.call('GET', '/api/catalog/entries?category=Kependudukan');
    expect(category.body).toContain(
      'category: give its key as the catalog names it, like \\"kependudukan\\"',
    );
  });

  it('answers a public entry by its route whole, as the app page opened from a link needs it', async () => {
    const pengumuman = catalog.find((entry) => entry.id === 'pengumuman');
    const answer = await registry.call('GET', `/api/catalog/routes/${pengumuman?.route ?? ''}`);
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual(pengumuman);
  });

  it("gives a civil servant their agency's internal entry whole, and not another agency's", async () => {
    const simpeg = await registry.call('GET', '/api/catalog/entries/simpeg', { as: users.asnBkpsdm });
    expect(simpeg.status).toBe(200);
    expect(simpeg.json()).toEqual(catalog.find((entry) => entry.id === 'simpeg'));
    const siak = await registry.call('GET', '/api/catalog/entries/siak', { as: users.asnBkpsdm });
    expect(siak.status).toBe(404);
    const simpegAt = catalog.find((entry) => entry.id === 'simpeg')?.route ?? '';
    expect(
      (await registry.call('GET', `/api/catalog/routes/${simpegAt}`, { as: users.asnBkpsdm })).status,
    ).toBe(200);
    const siakAt = catalog.find((entry) => entry.id === 'siak')?.route ?? '';
    expect(
      (await registry.call('GET', `/api/catalog/routes/${siakAt}`, { as: users.asnBkpsdm })).status,
    ).toBe(404);
    const index = idsIn((await registry.call('GET', '/api/catalog/index', { as: users.asnBkpsdm })).json());
    expect(index).toContain('simpeg');
    expect(index).not.toContain('siak');
  });

  it('lists what the portal needs of an entry in the index, and its addresses only in the entry', async () => {
    const index = await registry.call('GET', '/api/catalog/index');
    const first = (index.json() as { entries: Record<string, unknown>[] }).entries[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      expect.arrayContaining(['agency', 'category', 'icon', 'id', 'kind', 'name', 'route', 'status']),
    );
    expect(index.body).not.toContain('manifestUrl');
    expect(index.body).not.toContain('"owner"');
  });

  it('keeps the home a few kilobytes and the compressed index under the whole manifest', async () => {
    const brotli = { headers: { 'accept-encoding': 'br' } };
    const home = await registry.call('GET', '/api/catalog/home', brotli);
    const index = await registry.call('GET', '/api/catalog/index', brotli);
    const manifest = await registry.call('GET', '/api/manifest', brotli);
    const size = (answer: typeof home) => Number(answer.headers['content-length']);
    expect(home.headers['content-encoding']).toBe('br');
    expect(size(home)).toBeLessThan(8 * 1024);
    expect(size(index)).toBeLessThan(size(manifest) * 0.75);
  });

  it('answers an entry revalidated with 304 until it changes, then with the change', async () => {
    const first = await registry.call('GET', '/api/catalog/entries/wifi-publik');
    const etag = first.headers.etag as string;
    const again = await registry.call('GET', '/api/catalog/entries/wifi-publik', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await registry.call('POST', '/api/apps/wifi-publik/disable', { as: users.admin })).status).toBe(
      200,
    );
    const gone = await registry.call('GET', '/api/catalog/entries/wifi-publik', {
      headers: { 'if-none-match': etag },
    });
    expect(gone.status).toBe(404);
    expect(idsIn((await registry.call('GET', '/api/catalog/index')).json())).not.toContain('wifi-publik');
    await registry.call('POST', '/api/apps/wifi-publik/enable', { as: users.admin });
  });

  it('marks an app the monitor finds down in the index too, so the portal can say so before it is opened', async () => {
    const since = new Date().toISOString();
    // The monitor runs in a process of its own: it tells this registry through the database alone.
    const monitor = await createDatabase(registry.storage);
    await createProbeStore(monitor.db).record('pengumuman', probeAt(since, { status: 'down' }), 1);
    await monitor.db.destroy();
    // Within the catalog cache's age (5 s).
    await vi.waitFor(
      async () => {
        const { entries } = (await registry.call('GET', '/api/catalog/index')).json() as {
          entries: Array<{ id: string; availability?: unknown }>;
        };
        expect(entries.find((entry) => entry.id === 'pengumuman')?.availability).toEqual({
          status: 'down',
          since,
        });
      },
      { timeout: 8000, interval: 250 },
    );
  });
});
