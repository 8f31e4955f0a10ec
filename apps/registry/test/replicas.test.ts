import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { postgresAvailable, startPostgresCluster, type PostgresCluster } from '@bas/test-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, type Registry, type RegistryOptions } from '../src/buildRegistry.ts';
import { startIdentityProvider, users } from './support/startIdentityProvider.ts';
import { idsIn, seed } from './support/startTestRegistry.ts';

// Under CI the cluster is always started, and a missing server fails with what to install.
describe.skipIf(!postgresAvailable() && process.env.CI !== 'true')(
  'registry replicas on one PostgreSQL',
  () => {
    let primary: PostgresCluster;
    let standby: PostgresCluster;
    let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
    const replicas: Registry[] = [];

    const start = async (options: Partial<RegistryOptions> = {}) => {
      const registry = await buildRegistry({
        dataDir: mkdtempSync(join(tmpdir(), 'bas-registry-')),
        databaseUrl: primary.url,
        environment: 'development',
        oidc: idp.oidc,
        seed,
        ...options,
      });
      replicas.push(registry);
      return registry;
    };
    const served = async (registry: Registry) =>
      idsIn((await registry.app.inject({ url: '/api/manifest' })).json());
    const kill = async (registry: Registry, id: string) => {
      const response = await registry.app.inject({
        method: 'POST',
        url: `/api/apps/${id}/disable`,
        headers: { authorization: await idp.bearer(users.admin) },
        payload: { reason: 'uji replika' },
      });
      expect(response.statusCode).toBe(200);
    };
    /** Milliseconds until `registry` stops serving `id`, polled every 20 ms; the cache alone would take 5 s. */
    const goneAfter = async (registry: Registry, id: string) => {
      const started = Date.now();
      while ((await served(registry)).includes(id)) {
        if (Date.now() - started > 8000) throw new Error(`${id} is still served after 8 s`);
        await sleep(20);
      }
      return Date.now() - started;
    };
    const listening = async (registry: Registry) => {
      const health = (await registry.app.inject({ url: '/api/health' })).json() as {
        notifications?: { status: string };
      };
      return health.notifications?.status;
    };

    /** An app's status as the standby has it (undefined before it has replayed the catalog's creation). */
    const statusOnStandby = async (id: string) => {
      const client = new pg.Client({ connectionString: standby.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ status: string }>('select status from apps where id = $1', [
          id,
        ]);
        return rows[0]?.status;
      } catch {
        return undefined;
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      primary = await startPostgresCluster({ fsync: 'off' });
      // A standby that applies the primary's log two seconds late, as a busy or distant replica does (made while the
      // primary is idle: a base backup of a busy one waits for its log to move on).
      standby = await primary.startStandby({ recovery_min_apply_delay: '2s' });
      idp = await startIdentityProvider();
    });
    afterAll(async () => {
      await Promise.all(replicas.map((registry) => registry.close()));
      await idp.close();
      standby?.remove();
      primary.remove();
    });

    it("serves another replica's kill switch within a second, not when its copy is 5 s old", async () => {
      const writer = await start();
      const reader = await start();
      await expect.poll(() => listening(reader)).toBe('ok');
      // The reader's copy is fresh now: without a notification it would stand for 5 s.
      expect(await served(reader)).toContain('jdih');
      await kill(writer, 'jdih');
      expect(await goneAfter(reader, 'jdih')).toBeLessThan(1000);
    });

    it('listens again after its connection is cut, and reloads the catalog it may have missed', async () => {
      const [writer, reader] = replicas as [Registry, Registry];
      const admin = new pg.Client({ connectionString: primary.url });
      await admin.connect();
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN%' and pid <> pg_backend_pid()",
      );
      await admin.end();
      await expect.poll(() => listening(reader)).toBe('down');
      expect((await reader.app.inject({ url: '/api/health' })).json()).toMatchObject({
        status: 'degraded',
      });
      await expect.poll(() => listening(reader), { timeout: 10_000 }).toBe('ok');
      expect(await served(reader)).toContain('ppid');
      await kill(writer, 'ppid');
      expect(await goneAfter(reader, 'ppid')).toBeLessThan(1000);
    });

    it('reads from a lagging read replica only once it has the change it was told of', async () => {
      const writer = replicas[0] as Registry;
      await expect.poll(() => statusOnStandby('lpse'), { timeout: 10_000 }).toBe('active');
      const reader = await start({ databaseReadUrl: standby.url, seed: undefined });
      await expect.poll(() => listening(reader)).toBe('ok');
      expect(await served(reader)).toContain('lpse');
      await kill(writer, 'lpse');
      // Read from the standby, the manifest would still list the app for two seconds.
      expect(await goneAfter(reader, 'lpse')).toBeLessThan(1000);
      const lagging = new pg.Client({ connectionString: standby.url });
      await lagging.connect();
      const { rows } = await lagging.query<{ status: string }>("select status from apps where id = 'lpse'");
      await lagging.end();
      expect(rows[0]?.status).toBe('active');
    });
  },
);
