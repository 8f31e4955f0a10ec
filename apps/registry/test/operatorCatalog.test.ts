import { onTestFinished, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperatorApps } from '../src/catalog/listOperatorApps.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { users, type TestUser } from './support/startIdentityProvider.ts';
import { seed, seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface ListedApp {
  id: string;
  name: { id: string; en: string } | null;
  agency: string;
  kind: string | null;
  role: string | null;
  status: string;
  currentVersion: string | null;
  pendingVersions: number;
  latestPendingVersion: string | null;
  lastChangedAt: string;
  health: string;
}

describe.each(engines)('the catalog for operators, on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry?.close());

  const list = async (query = '', as: TestUser = users.admin) => {
    const answer = await registry.call('GET', `/api/apps${query}`, { as });
    expect(answer.status, answer.body).toBe(200);
    return (answer.json() as { apps: ListedApp[] }).apps;
  };
  const find = async (id: string) => (await list()).find((app) => app.id === id);
  /** A new app of Disdukcapil, or a version of one, published by its developer. */
  const publish = (id: string, version: string, changes: Record<string, unknown> = {}) =>
    registry.call('POST', `/api/apps/${id}/versions?existingApp=true`, {
      as: users.devDisdukcapil,
      body: { ...seedEntry('antrean-disdukcapil'), id, route: id, version, ...changes },
    });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the list', () => {
    it('gives an admin every app, ordered by id, with what is served', async () => {
      const apps = await list();
      expect(apps).toHaveLength(seed.length);
      const ids = apps.map((app) => app.id);
      expect(ids).toEqual([...ids].sort());
      const served = seedEntry('antrean-disdukcapil');
      expect(apps.find((app) => app.id === 'antrean-disdukcapil')).toEqual({
        id: 'antrean-disdukcapil',
        name: served.name,
        agency: 'disdukcapil',
        route: served.route,
        kind: 'federated',
        role: 'public',
        status: 'active',
        currentVersion: served.version,
        pendingVersions: 0,
        latestPendingVersion: null,
        lastChangedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        // Nothing probed it yet.
        health: 'unknown',
      });
    });

    it("carries the monitor's verdict, so the console can sort and filter by health", async () => {
      const { db } = await createDatabase(registry.storage);
      onTestFinished(() => db.destroy());
      const at = new Date().toISOString();
      await db
        .insertInto('app_health')
        .values({
          app_id: 'antrean-disdukcapil',
          status: 'down',
          since: at,
          problem: 'http',
          reason: 'answered HTTP 500.',
          failures: 3,
          failing_since: at,
          checked_at: at,
        })
        .execute();
      expect((await find('antrean-disdukcapil'))?.health).toBe('down');
      expect((await find('dokumen-kependudukan'))?.health).toBe('unknown');
      await db.deleteFrom('app_health').where('app_id', '=', 'antrean-disdukcapil').execute();
    });

    it('counts the versions waiting for approval, names the highest, and moves the last change', async () => {
      const before = (await find('dokumen-kependudukan'))?.lastChangedAt ?? '';
      const entry = seedEntry('dokumen-kependudukan');
      for (const version of ['9.1.0', '9.0.0']) {
        const answer = await registry.call(
          'POST',
          '/api/apps/dokumen-kependudukan/versions?existingApp=true',
          {
            as: users.devDisdukcapil,
            body: { ...entry, version },
          },
        );
        expect(answer.status, answer.body).toBe(201);
      }
      const listed = await find('dokumen-kependudukan');
      expect(listed).toMatchObject({
        currentVersion: entry.version,
        pendingVersions: 2,
        latestPendingVersion: '9.1.0',
      });
      expect((listed?.lastChangedAt ?? '') > before).toBe(true);
    });

    it('lists an app never approved by its pending entry, and one whose versions were all rejected by its id', async () => {
      expect(
        (await publish('antrean-zona', '1.0.0', { name: { id: 'Zona Antrean', en: 'Queue Zones' } })).status,
      ).toBe(201);
      expect((await publish('antreanku', '1.0.0')).status).toBe(201);
      const rejected = await registry.call('DELETE', '/api/apps/antreanku/versions/1.0.0', {
        as: users.admin,
      });
      expect(rejected.status).toBe(200);
      const apps = await list('?agency=disdukcapil');
      expect(apps.find((app) => app.id === 'antrean-zona')).toMatchObject({
        name: { id: 'Zona Antrean', en: 'Queue Zones' },
        kind: 'federated',
        currentVersion: null,
        pendingVersions: 1,
        latestPendingVersion: '1.0.0',
      });
      // It still holds its id and route until an admin releases it.
      expect(apps.find((app) => app.id === 'antreanku')).toMatchObject({
        name: null,
        kind: null,
        role: null,
        currentVersion: null,
        pendingVersions: 0,
      });
      // Plain code-unit order on both engines ("-" before letters), whatever the database's collation.
      const ids = apps.map((app) => app.id);
      expect(ids.indexOf('antrean-zona')).toBeLessThan(ids.indexOf('antreanku'));
    });

    it('narrows the list by agency, status and kind', async () => {
      const disabled = await registry.call('POST', '/api/apps/akta-kematian/disable', { as: users.admin });
      expect(disabled.status).toBe(200);
      const ofAgency = await list('?agency=disdukcapil');
      expect(new Set(ofAgency.map((app) => app.agency))).toEqual(new Set(['disdukcapil']));
      expect(ofAgency.map((app) => app.id)).toEqual(
        expect.arrayContaining(
          seed.filter((entry) => entry.agency === 'disdukcapil').map((entry) => entry.id),
        ),
      );
      expect((await list('?status=disabled')).map((app) => app.id)).toEqual(['akta-kematian']);
      const links = await list('?kind=link&agency=disdukcapil');
      expect(links.map((app) => app.id)).toEqual(
        seed
          .filter((entry) => entry.kind === 'link' && entry.agency === 'disdukcapil')
          .map((entry) => entry.id)
          .sort(),
      );
      expect(await list('?agency=setwan&status=maintenance')).toEqual([]);
    });

    it("gives a developer their own agency's apps and nothing of another's, whatever they ask", async () => {
      const own = await list('', users.devDisdukcapil);
      expect(own).toEqual(await list('?agency=disdukcapil'));
      expect(await list('?agency=bkpsdm', users.devDisdukcapil)).toEqual([]);
      expect(await list('?agency=disdukcapil', users.devBkpsdm)).toEqual([]);
      const noAgency = { username: 'dev.tanpa-dinas', roles: ['developer'] };
      expect(await list('', noAgency)).toEqual([]);
    });

    it('says what is wrong with a filter', async () => {
      const cases = [
        ['?agency=dinas-rahasia', 'querystring.agency', 'must be one of the agency codes: '],
        ['?status=pending', 'querystring.status', 'must be "active", "maintenance" or "disabled"'],
        ['?kind=native', 'querystring.kind', 'must be "federated", "iframe" or "link"'],
      ] as const;
      for (const [query, path, message] of cases) {
        const answer = await registry.call('GET', `/api/apps${query}`, { as: users.admin });
        expect(answer.status, query).toBe(400);
        expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
        expect((answer.json() as { message: string }).message).toContain(message);
      }
    });

    it('is refused to anyone but developers and admins of the catalog clients', async () => {
      expect((await registry.call('GET', '/api/apps')).status).toBe(401);
      expect((await registry.call('GET', '/api/apps', { as: users.asnDisdukcapil })).status).toBe(403);
      const portal = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-shell' } })}`;
      expect((await registry.call('GET', '/api/apps', { headers: { authorization: portal } })).status).toBe(
        403,
      );
      const made = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devDisdukcapil,
        body: { label: 'CI' },
      });
      const { token } = made.json() as { token: string };
      const withToken = await registry.call('GET', '/api/apps', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(withToken.status).toBe(403);
      const console = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-console' } })}`;
      expect((await registry.call('GET', '/api/apps', { headers: { authorization: console } })).status).toBe(
        200,
      );
    });

    it('reads 200 and more apps in two queries, not one per app', async () => {
      const { db } = await createDatabase(registry.storage);
      onTestFinished(() => db.destroy());
      let queries = 0;
      const counted = db.withPlugin({
        transformQuery: (args) => {
          queries += 1;
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      });
      const apps = await listOperatorApps(counted, {});
      expect(apps.length).toBeGreaterThan(200);
      expect(queries).toBe(2);
    });
  });
});
