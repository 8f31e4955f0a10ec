import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { entryUrlOf, fetchCatalogEntry } from './fetchCatalogEntry.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

const telemetry = vi.hoisted(() => ({ record: vi.fn(), flush: vi.fn() }));
vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: telemetry }));

const url = 'http://portal.test/api/catalog/routes/pengumuman';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('fetchCatalogEntry', () => {
  it('asks the registry beside its manifest, and nothing of a static catalog that has no entries of its own', () => {
    expect(entryUrlOf('/api/manifest', 'pengumuman')).toBe(url);
    expect(entryUrlOf('https://registry.bogor.test/api/manifest', 'cek-izin')).toBe(
      'https://registry.bogor.test/api/catalog/routes/cek-izin',
    );
    expect(entryUrlOf('/manifest.json', 'pengumuman')).toBeUndefined();
  });

  it('returns the entry with its ETag, none for a 404, and leaves out one the shell cannot open', async () => {
    let answer: () => Response = () => HttpResponse.json(pengumumanEntry, { headers: { etag: '"e1"' } });
    server.use(http.get(url, () => answer()));
    await expect(fetchCatalogEntry(url)).resolves.toEqual({
      status: 'changed',
      entry: pengumumanEntry,
      etag: '"e1"',
      readAt: undefined,
    });
    answer = () => HttpResponse.json({ code: 'NOT_FOUND' }, { status: 404 });
    await expect(fetchCatalogEntry(url)).resolves.toMatchObject({ status: 'changed', entry: undefined });
    answer = () => HttpResponse.json({ ...pengumumanEntry, kind: 'wasm' });
    await expect(fetchCatalogEntry(url)).resolves.toMatchObject({ status: 'changed', entry: undefined });
    await vi.waitFor(() =>
      expect(telemetry.record).toHaveBeenCalledWith(
        expect.objectContaining({ appId: 'pengumuman', name: 'manifest-invalid' }),
      ),
    );
    answer = () => new HttpResponse('down', { status: 502 });
    await expect(fetchCatalogEntry(url)).rejects.toThrow(`The app catalog at ${url} answered HTTP 502.`);
  });
});
