import { describe, expect, it, vi } from 'vitest';
import { catalogUrlOf } from './catalogUrlOf.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';
import { readCatalogEntry } from './readCatalogEntry.ts';

const telemetry = vi.hoisted(() => ({ record: vi.fn(), flush: vi.fn() }));
vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: telemetry }));

describe('one entry, asked of the registry beside its manifest', () => {
  it('is asked beside the manifest, and not at all of a static catalog that has no such documents', () => {
    expect(catalogUrlOf('/api/manifest', 'catalog/routes/pengumuman')).toBe(
      'http://portal.test/api/catalog/routes/pengumuman',
    );
    expect(catalogUrlOf('https://registry.bogor.test/api/manifest', 'catalog/home')).toBe(
      'https://registry.bogor.test/api/catalog/home',
    );
    expect(catalogUrlOf('/manifest.json', 'catalog/home')).toBeUndefined();
  });

  it('reads the entry, none for a 404, and leaves out one the shell cannot open, telling its agency', async () => {
    const url = 'http://portal.test/api/catalog/routes/pengumuman';
    expect(readCatalogEntry(pengumumanEntry, url)).toEqual(pengumumanEntry);
    expect(readCatalogEntry(undefined, url)).toBeUndefined();
    expect(readCatalogEntry({ ...pengumumanEntry, kind: 'wasm' }, url)).toBeUndefined();
    await vi.waitFor(() =>
      expect(telemetry.record).toHaveBeenCalledWith(
        expect.objectContaining({ appId: 'pengumuman', name: 'manifest-invalid' }),
      ),
    );
  });
});
