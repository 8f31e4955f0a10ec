import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { idsIn, seed, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

const internalIds = seed.filter((entry) => entry.role === 'internal').map((entry) => entry.id);
const publicIds = seed
  .filter((entry) => entry.role === 'public' && entry.status !== 'disabled')
  .map((entry) => entry.id);

describe.each(engines)('GET /api/manifest on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());
  describe.skipIf(engine === 'postgres' && !postgresAvailable())('role filtering', () => {
    it('gives anonymous callers public entries only, and no trace of internal ones', async () => {
      const response = await registry.call('GET', '/api/manifest');
      expect(response.status).toBe(200);
      expect(idsIn(response.json()).sort()).toEqual([...publicIds].sort());
      for (const id of internalIds) expect(response.body).not.toContain(`"id":"${id}"`);
      expect(response.body).not.toContain('simpeg.kotabogor.go.id');
    });

    it('gives a citizen the same as an anonymous caller', async () => {
      const response = await registry.call('GET', '/api/manifest', { as: users.warga });
      expect(idsIn(response.json()).sort()).toEqual([...publicIds].sort());
    });

    it('gives a civil servant the internal entries open to their agency', async () => {
      const bkpsdm = idsIn((await registry.call('GET', '/api/manifest', { as: users.asnBkpsdm })).json());
      const disdukcapil = idsIn(
        (await registry.call('GET', '/api/manifest', { as: users.asnDisdukcapil })).json(),
      );
      expect(bkpsdm).toContain('simpeg');
      expect(bkpsdm).not.toContain('siak');
      expect(disdukcapil).toContain('siak');
      expect(disdukcapil).not.toContain('tunjangan-guru');
      expect(disdukcapil).not.toContain('katalog-spbe');
    });

    it('gives a developer who is not a civil servant public entries only', async () => {
      const response = await registry.call('GET', '/api/manifest', { as: users.devDisdukcapil });
      expect(idsIn(response.json()).sort()).toEqual([...publicIds].sort());
    });

    it('gives an admin every enabled entry', async () => {
      const ids = idsIn((await registry.call('GET', '/api/manifest', { as: users.admin })).json());
      expect(ids.length).toBe(seed.length);
    });
  });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('caching', () => {
    it('answers a revalidation with 304 until the catalog changes', async () => {
      const first = await registry.call('GET', '/api/manifest');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^(W\/)?".+"$/);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const again = await registry.call('GET', '/api/manifest', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');

      expect((await registry.call('POST', '/api/apps/wifi-publik/disable', { as: users.admin })).status).toBe(
        200,
      );
      const changed = await registry.call('GET', '/api/manifest', { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(idsIn(changed.json())).not.toContain('wifi-publik');
      await registry.call('POST', '/api/apps/wifi-publik/enable', { as: users.admin });
    });

    it('keeps a signed-in catalog private and compresses it', async () => {
      const response = await registry.call('GET', '/api/manifest', {
        as: users.asnBkpsdm,
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.headers['cache-control']).toBe('private, no-cache');
      expect(response.headers.vary).toContain('Authorization');
      expect(response.headers['content-encoding']).toBe('gzip');
    });
  });
});
