import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { postgresAvailable, startPostgresCluster, type PostgresCluster } from '@bas/test-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, type Registry } from '../src/buildRegistry.ts';
import { startIdentityProvider, users, type TestUser } from './support/startIdentityProvider.ts';
import { seed, seedEntry } from './support/startTestRegistry.ts';

interface Health {
  status: string;
  db: { status: string; reason?: string };
  cache: { ageSeconds: number | null };
  idp: { status: string };
}

// Under CI the cluster is always started, and a missing server fails with what to install.
describe.skipIf(!postgresAvailable() && process.env.CI !== 'true')(
  'the registry when PostgreSQL fails',
  () => {
    let server: PostgresCluster;
    let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
    let registry: Registry;
    let published = 0;

    async function call(method: 'GET' | 'POST', url: string, options: { as?: TestUser; body?: object } = {}) {
      const response = await registry.app.inject({
        method,
        url,
        headers: options.as === undefined ? {} : { authorization: await idp.bearer(options.as) },
        ...(options.body === undefined ? {} : { payload: options.body }),
      });
      return {
        status: response.statusCode,
        headers: response.headers,
        json: () => response.json() as unknown,
      };
    }
    const publish = () =>
      call('POST', '/api/apps/dokumen-kependudukan/versions?existingApp=true', {
        as: users.devDisdukcapil,
        body: { ...seedEntry('dokumen-kependudukan'), version: `40.0.${published++}` },
      });
    const health = async () => {
      const response = await call('GET', '/api/health');
      return { status: response.status, body: response.json() as Health };
    };

    beforeAll(async () => {
      server = await startPostgresCluster({ fsync: 'off' });
      idp = await startIdentityProvider();
      registry = await buildRegistry({
        dataDir: mkdtempSync(join(tmpdir(), 'bas-registry-')),
        databaseUrl: server.url,
        environment: 'development',
        oidc: idp.oidc,
        seed,
      });
    });
    afterAll(async () => {
      await registry.close();
      await idp.close();
      server.remove();
    });

    it('reports the database, the catalog copy and the identity provider as ok', async () => {
      await call('GET', '/api/manifest');
      const { status, body } = await health();
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: 'ok',
        db: { status: 'ok' },
        idp: { status: 'ok' },
        cache: { ageSeconds: expect.any(Number) },
      });
      expect((await call('GET', '/api/live')).status).toBe(200);
    });

    it('keeps running, and answers the next request, after PostgreSQL ends its idle connections', async () => {
      // A few requests at once, so the pool holds several idle connections.
      const warm = await Promise.all(
        Array.from({ length: 5 }, () => call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })),
      );
      expect(warm.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ ended: boolean }>(
          `select pg_terminate_backend(pid) as ended from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
        );
        expect(rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      // Long enough for every killed connection's error to reach the pool: unheard, one would end the process.
      await sleep(300);
      expect((await publish()).status).toBe(201);
      expect((await call('GET', '/api/apps/dokumen-kependudukan', { as: users.admin })).status).toBe(200);
      expect((await health()).status).toBe(200);
    });

    it('answers 503 UNAVAILABLE while PostgreSQL is down, serves the catalog it read last, and is back within seconds of it', async () => {
      const before = await call('GET', '/api/manifest');
      expect(before.status).toBe(200);
      server.stop();

      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'down', db: { status: 'down' } });
      expect(down.body.db.reason).toMatch(/cannot be reached/);
      const refused = await publish();
      expect(refused.status).toBe(503);
      expect(refused.json()).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/database cannot be reached.*try again in a few seconds/i),
      });

      // Past the cache's 5 s, the catalog is read again, fails, and the copy read before is served with its age.
      await sleep(5200);
      const stale = await call('GET', '/api/manifest');
      expect(stale.status).toBe(200);
      expect(stale.headers.etag).toBe(before.headers.etag);
      expect(stale.headers['bas-catalog-read-at']).toBe(before.headers['bas-catalog-read-at']);
      expect(Number(stale.headers.age)).toBeGreaterThanOrEqual(5);
      // An audience whose catalog was never read has no copy to fall back on.
      const none = await call('GET', '/api/manifest', { as: users.asnBkpsdm });
      expect(none.status).toBe(503);
      expect(none.json()).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/no earlier copy/),
      });

      server.start();
      const backAt = Date.now();
      while ((await health()).status !== 200) {
        expect(Date.now() - backAt).toBeLessThan(5000);
        await sleep(100);
      }
      expect((await publish()).status).toBe(201);
      await sleep(1000);
      const fresh = await call('GET', '/api/manifest');
      expect(fresh.status).toBe(200);
      expect(Date.parse(String(fresh.headers['bas-catalog-read-at']))).toBeGreaterThan(backAt - 1000);
    }, 40_000);
  },
);
