import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

describe.each(engines)('ids, routes and pending versions nobody approves, on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  /** A new app of the developer's agency, or a version of it. */
  const publish = (id: string, version: string, as: typeof users.devDisdukcapil = users.devDisdukcapil) =>
    registry.call('POST', `/api/apps/${id}/versions`, {
      as,
      body: {
        ...seedEntry(as.agency === 'bkpsdm' ? 'simpeg' : 'antrean-disdukcapil'),
        id,
        route: id,
        version,
      },
    });
  const message = (response: { json(): unknown }) => (response.json() as { message: string }).message;

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rules', () => {
    it('lets an admin release the id and route of an app nobody approved, for anyone to take', async () => {
      expect((await publish('klaim-nama', '1.0.0')).status).toBe(201);
      expect((await publish('klaim-nama', '1.1.0')).status).toBe(201);
      const made = await registry.call('POST', '/api/apps/klaim-nama/publish-tokens', {
        as: users.devDisdukcapil,
        body: { label: 'CI' },
      });
      const { token } = made.json() as { token: string };
      // Held: another agency cannot have the id.
      expect((await publish('klaim-nama', '1.0.0', users.devBkpsdm)).status).toBe(409);

      const byDeveloper = await registry.call('DELETE', '/api/apps/klaim-nama', { as: users.devDisdukcapil });
      expect(byDeveloper.status).toBe(403);
      const released = await registry.call('DELETE', '/api/apps/klaim-nama', { as: users.admin });
      expect(released.status).toBe(200);
      expect(released.json()).toEqual({ id: 'klaim-nama', released: true, versions: ['1.0.0', '1.1.0'] });

      expect((await registry.call('GET', '/api/app-ids/klaim-nama')).status).toBe(404);
      const taken = await publish('klaim-nama', '1.0.0', users.devBkpsdm);
      expect(taken.status).toBe(201);
      expect(taken.json()).toMatchObject({ registered: true });
      // The old agency's CI token went with the app: it does not publish the new one.
      const withOldToken = await registry.call('POST', '/api/apps/klaim-nama/versions?existingApp=true', {
        headers: { authorization: `Bearer ${token}` },
        body: { ...seedEntry('simpeg'), id: 'klaim-nama', route: 'klaim-nama', version: '2.0.0' },
      });
      expect(withOldToken.status).toBe(401);

      const audit = await registry.call('GET', '/api/audit?app=klaim-nama', { as: users.admin });
      const records = (audit.json() as { records: Array<Record<string, unknown>> }).records;
      expect(records.find((record) => record.action === 'release')).toMatchObject({
        actor: 'admin',
        before: { agency: 'disdukcapil', route: 'klaim-nama', versions: ['1.0.0', '1.1.0'] },
        after: null,
      });
    });

    it('keeps an app that was ever approved: it is disabled or rolled back instead', async () => {
      const refused = await registry.call('DELETE', '/api/apps/antrean-disdukcapil', { as: users.admin });
      expect(refused.status).toBe(409);
      expect(message(refused)).toBe(
        `App "antrean-disdukcapil" has approved versions (${seedEntry('antrean-disdukcapil').version}), so its id and route stay with it: disable it (POST /api/apps/antrean-disdukcapil/disable) or roll it back instead.`,
      );
      expect((await registry.call('GET', '/api/app-ids/antrean-disdukcapil')).status).toBe(200);
    });

    it('takes at most 20 versions waiting for approval, and makes room when one is rejected', async () => {
      for (let minor = 0; minor < 20; minor += 1) {
        expect((await publish('antrean-sibuk', `1.${minor}.0`)).status, `1.${minor}.0`).toBe(201);
      }
      const full = await publish('antrean-sibuk', '1.20.0');
      expect(full.status).toBe(409);
      expect(full.json()).toMatchObject({ code: 'LIMIT_REACHED', path: 'version' });
      expect(message(full)).toBe(
        'App "antrean-sibuk" already has 20 versions waiting for approval, the most it may have: ask an admin to approve some, or reject the ones nobody needs (DELETE /api/apps/antrean-sibuk/versions/<version>), then publish again.',
      );

      // Another agency's developer cannot reject it, and is told of no such app.
      const foreign = await registry.call('DELETE', '/api/apps/antrean-sibuk/versions/1.0.0', {
        as: users.devBkpsdm,
      });
      expect(foreign.status).toBe(404);
      const withdrawn = await registry.call('DELETE', '/api/apps/antrean-sibuk/versions/1.0.0', {
        as: users.devDisdukcapil,
      });
      expect(withdrawn.status).toBe(200);
      expect((withdrawn.json() as { versions: unknown[] }).versions).toHaveLength(19);
      expect((await publish('antrean-sibuk', '1.20.0')).status).toBe(201);
    });

    it('holds to the limit when versions come all at once', async () => {
      const versions = Array.from({ length: 30 }, (_, index) => `2.0.${index}`);
      const answers = await Promise.all(versions.map((version) => publish('antrean-serbu', version)));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([...Array<number>(20).fill(201), ...Array<number>(10).fill(409)]);
      const app = await registry.call('GET', '/api/apps/antrean-serbu', { as: users.admin });
      expect((app.json() as { versions: unknown[] }).versions).toHaveLength(20);
    });

    it('documents releasing and rejecting in the OpenAPI schema', async () => {
      const paths = (
        (await registry.call('GET', '/api/openapi.json')).json() as {
          paths: Record<string, Record<string, { summary?: string; description?: string }>>;
        }
      ).paths;
      expect(paths['/api/apps/{id}']?.delete).toMatchObject({
        summary: 'Release the id and route of an app never approved (admin)',
        description: expect.stringContaining('An app with an approved version is refused (409)'),
      });
      expect(paths['/api/apps/{id}/versions/{version}']?.delete).toMatchObject({
        summary: 'Reject a pending version (admins; its agency withdraws it)',
      });
    });

    it('keeps approved versions from being rejected', async () => {
      const current = seedEntry('antrean-disdukcapil').version;
      const refused = await registry.call('DELETE', `/api/apps/antrean-disdukcapil/versions/${current}`, {
        as: users.admin,
      });
      expect(refused.status).toBe(409);
      expect(message(refused)).toContain('is approved, and approved versions stay on record');
    });
  });
});
