import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '@bas/server-kit';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createFileStorage } from '../src/assets/createFileStorage.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { remoteBuild } from './support/remoteBuild.ts';
import { uploadedEntry } from './support/uploadedEntry.ts';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable, type EngineName } from './support/storageEngines.ts';

/** A registry with its asset origin listening, as browsers reach it. */
async function startWithAssets(engine: EngineName, assets?: Parameters<typeof startTestRegistry>[1]) {
  const registry = await startTestRegistry(engine, assets);
  const server: Server = createServer((request, response) => registry.registry.assets(request, response));
  const origin = await listen(server, '127.0.0.1', 0);
  return {
    registry,
    /** Uploads a build of a new app of Disdukcapil, or a new version of it. */
    upload: async (id: string, version: string) => {
      const answer = await registry.call('POST', `/api/apps/${id}/bundles`, {
        as: users.devDisdukcapil,
        body: { entry: uploadedEntry(version, id), files: remoteBuild() },
      });
      expect(answer.status, answer.body).toBe(201);
      return (answer.json() as { manifestUrl: string }).manifestUrl;
    },
    /** The stored build's folder for the version, on disk. */
    folderOf: (id: string, version: string) =>
      join(registry.storage.dataDir, 'assets', 'remotes', id, version),
    /** The asset origin's answers for each file of the build. */
    served: (manifestUrl: string) =>
      Promise.all(
        Object.keys(remoteBuild()).map(
          async (path) => (await fetch(new URL(path, manifestUrl.replace(/^http:\/\/[^/]+/, origin)))).status,
        ),
      ),
    async close() {
      server.close();
      await registry.close();
    },
  };
}

describe.each(engines)('ids, routes and pending versions nobody approves, on %s', (engine) => {
  let registry: TestRegistry;
  let withAssets: Awaited<ReturnType<typeof startWithAssets>>;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    withAssets = await startWithAssets(engine);
    registry = withAssets.registry;
  });
  afterAll(() => withAssets?.close());

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

    it('leaves nothing of a released app for the agency that takes its id next: builds, requests, telemetry, usage', async () => {
      const { upload, folderOf, served } = withAssets;
      const builds = [await upload('klaim-unggah', '1.0.0'), await upload('klaim-unggah', '1.1.0')];
      expect(readdirSync(folderOf('klaim-unggah', '1.0.0'))).toHaveLength(1);
      // A person's request, as the pending app's code reported it through the portal.
      const warga = `Bearer ${await registry.idp.sign(users.warga, { claims: { azp: 'bas-shell' } })}`;
      const reported = await registry.call(
        'PUT',
        '/api/me/agencies/disdukcapil/requests/klaim-unggah/KLAIM-1',
        {
          headers: { authorization: warga },
          body: {
            title: 'Klaim data',
            status: 'Diajukan',
            steps: [{ label: 'Diajukan', state: 'current' }],
            link: 'klaim/KLAIM-1',
          },
        },
      );
      expect(reported.status, reported.body).toBe(204);
      // Telemetry of the app from before (the registry records none for a pending app today, so it is written here).
      const { db } = await createDatabase(registry.storage);
      onTestFinished(() => db.destroy());
      const at = new Date().toISOString();
      await db
        .insertInto('telemetry')
        .values({ app_id: 'klaim-unggah', kind: 'event', name: 'dibuka', data: null, received_at: at })
        .execute();
      await db
        .insertInto('telemetry_hourly')
        .values({ app_id: 'klaim-unggah', kind: 'event', name: 'dibuka', hour: at, count: 4, last: at })
        .execute();
      await db
        .insertInto('rum_samples')
        .values({ app_id: 'klaim-unggah', metric: 'open', cause: '', value: 300, received_at: at })
        .execute();
      await db
        .insertInto('rum_hourly')
        .values({
          app_id: 'klaim-unggah',
          hour: at,
          metric: 'open',
          cause: '',
          count: 4,
          p50: 1,
          p75: 2,
          p95: 3,
        })
        .execute();

      const released = await registry.call('DELETE', '/api/apps/klaim-unggah', { as: users.admin });
      expect(released.status).toBe(200);
      for (const version of ['1.0.0', '1.1.0'])
        expect(existsSync(folderOf('klaim-unggah', version))).toBe(false);
      for (const manifestUrl of builds) expect(await served(manifestUrl)).toEqual([404, 404, 404]);
      for (const table of [
        'person_requests',
        'telemetry',
        'telemetry_hourly',
        'rum_samples',
        'rum_hourly',
      ] as const) {
        const rows = await db
          .selectFrom(table)
          .select('app_id')
          .where('app_id', '=', 'klaim-unggah')
          .execute();
        expect(rows, table).toEqual([]);
      }

      // Another agency takes the id: the person's request of the old app is not shown as one of its apps'.
      const taken = await publish('klaim-unggah', '1.0.0', users.devBkpsdm);
      expect(taken.status).toBe(201);
      const listed = await registry.call('GET', '/api/me/agencies/bkpsdm/requests', {
        headers: { authorization: warga },
      });
      expect(listed.status).toBe(200);
      expect((listed.json() as { requests: unknown[] }).requests).toEqual([]);
      const read = await registry.call('GET', '/api/apps/klaim-unggah/telemetry', { as: users.devBkpsdm });
      expect((read.json() as { counts: unknown[] }).counts).toEqual([]);
      const usage = await registry.call('GET', '/api/apps/klaim-unggah/usage', { as: users.devBkpsdm });
      expect((usage.json() as { opens: { attempts: number } }).opens.attempts).toBe(0);
    });

    it("deletes a rejected version's uploaded build and only that, which the asset origin never serves", async () => {
      const { upload, folderOf, served } = withAssets;
      const rejectedBuild = await upload('unggah-ditolak', '1.0.0');
      await upload('unggah-ditolak', '1.1.0');
      expect(await served(rejectedBuild)).toEqual([404, 404, 404]);
      const rejected = await registry.call('DELETE', '/api/apps/unggah-ditolak/versions/1.0.0', {
        as: users.devDisdukcapil,
      });
      expect(rejected.status).toBe(200);
      expect(existsSync(folderOf('unggah-ditolak', '1.0.0'))).toBe(false);
      expect(await served(rejectedBuild)).toEqual([404, 404, 404]);
      // The version still waiting keeps its build, and is served once approved.
      expect(readdirSync(folderOf('unggah-ditolak', '1.1.0'))).toHaveLength(1);
      const approved = await registry.call('POST', '/api/apps/unggah-ditolak/versions/1.1.0/approve', {
        as: users.admin,
      });
      expect(approved.status).toBe(200);
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

describe.each(engines)('a build that cannot be deleted, on %s', (engine) => {
  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rejection', () => {
    it('is answered as done, the version gone, and the files left are served to nobody', async () => {
      const files = createFileStorage(mkdtempSync(join(tmpdir(), 'bas-assets-')));
      const removed: string[] = [];
      const { registry, upload, served, close } = await startWithAssets(engine, {
        ...files,
        remove: (folder) => {
          removed.push(folder);
          return Promise.reject(new Error('EACCES: permission denied'));
        },
      });
      onTestFinished(close);
      const build = await upload('unggah-macet', '1.0.0');
      const rejected = await registry.call('DELETE', '/api/apps/unggah-macet/versions/1.0.0', {
        as: users.admin,
      });
      expect(rejected.status).toBe(200);
      expect(removed).toEqual(['remotes/unggah-macet/1.0.0']);
      expect((rejected.json() as { versions: unknown[] }).versions).toEqual([]);
      expect(await served(build)).toEqual([404, 404, 404]);
    });
  });
});
