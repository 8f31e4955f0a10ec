import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteBuild } from './support/remoteBuild.ts';
import { uploadedEntry } from './support/uploadedEntry.ts';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Review {
  id: string;
  version: string;
  published: { by: string; at: string };
  currentVersion: string | null;
  pending: { version: string };
  current: { version: string } | null;
  changes: Array<{ field: string; before: unknown; after: unknown; sensitive: boolean }>;
  bundle: unknown;
}

/** Sizes of a build's files as remoteBuild encodes them. */
const sizeOf = (files: Record<string, string>, path: string) =>
  Buffer.from(files[path] ?? '', 'base64').length;

describe.each(engines)('reviewing a pending version, on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry?.close());

  const review = (id: string, version: string, as = users.admin) =>
    registry.call('GET', `/api/apps/${id}/versions/${version}/review`, { as });
  const upload = async (id: string, version: string, files: Record<string, string>) => {
    const answer = await registry.call('POST', `/api/apps/${id}/bundles?existingApp=true`, {
      as: users.devDisdukcapil,
      body: { entry: uploadedEntry(version, id), files },
    });
    expect(answer.status, answer.body).toBe(201);
  };

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the review', () => {
    it('shows what a version changes, flags what moves who may open it, and who published it when', async () => {
      const served = seedEntry('antrean-disdukcapil');
      const { requiresLogin: _, ...rest } = served as Record<string, unknown>;
      const before = new Date().toISOString();
      const published = await registry.call(
        'POST',
        '/api/apps/antrean-disdukcapil/versions?existingApp=true',
        {
          as: users.devDisdukcapil,
          body: {
            ...rest,
            version: '9.0.0',
            role: 'internal',
            apiOrigins: ['https://api.example.org'],
            manifestUrl: 'https://cdn.example.org/antrean/mf-manifest.json',
            description: { ...served.description, en: 'Take a queue number online.' },
          },
        },
      );
      expect(published.status, published.body).toBe(201);

      const answer = await review('antrean-disdukcapil', '9.0.0');
      expect(answer.status, answer.body).toBe(200);
      const body = answer.json() as Review;
      expect(body).toMatchObject({
        id: 'antrean-disdukcapil',
        version: '9.0.0',
        currentVersion: served.version,
        published: { by: 'dev.disdukcapil' },
        pending: { version: '9.0.0' },
        current: { version: served.version },
        bundle: null,
      });
      expect(body.published.at >= before).toBe(true);
      const flagged = (field: string) => body.changes.find((change) => change.field === field)?.sensitive;
      expect(body.changes.map((change) => change.field).sort()).toEqual(
        ['apiOrigins', 'description.en', 'manifestUrl', 'requiresLogin', 'role', 'version'].sort(),
      );
      for (const field of ['role', 'requiresLogin', 'apiOrigins', 'manifestUrl'])
        expect(flagged(field), field).toBe(true);
      for (const field of ['version', 'description.en']) expect(flagged(field), field).toBe(false);
      expect(body.changes.find((change) => change.field === 'role')).toEqual({
        field: 'role',
        before: 'public',
        after: 'internal',
        sensitive: true,
      });

      // The agency's own developer reads it too, from the console or bas-remote.
      expect((await review('antrean-disdukcapil', '9.0.0', users.devDisdukcapil)).status).toBe(200);
    });

    it('compares the builds file by file when both versions were uploaded', async () => {
      const first = remoteBuild({ 'assets/lama.txt': 'dipakai versi pertama saja' });
      await upload('antrean-unggah', '1.0.0', first);
      const approved = await registry.call('POST', '/api/apps/antrean-unggah/versions/1.0.0/approve', {
        as: users.admin,
      });
      expect(approved.status).toBe(200);
      const { 'assets/lama.txt': _, ...kept } = first;
      const second = {
        ...kept,
        'assets/App-1a2b.js': Buffer.from(
          'export const mount = (element) => { element.textContent = "Antrean baru"; return () => {}; };\n',
        ).toString('base64'),
        'assets/gaya.css': Buffer.from('body { margin: 0; }\n').toString('base64'),
      };
      await upload('antrean-unggah', '1.1.0', second);

      const answer = await review('antrean-unggah', '1.1.0');
      expect(answer.status, answer.body).toBe(200);
      const body = answer.json() as Review;
      const total = (files: Record<string, string>) =>
        Object.keys(files).reduce((sum, path) => sum + sizeOf(files, path), 0);
      expect(body.bundle).toEqual({
        files: { before: 4, after: 4 },
        totalBytes: { before: total(first), after: total(second) },
        added: [{ path: 'assets/gaya.css', bytes: sizeOf(second, 'assets/gaya.css') }],
        removed: [{ path: 'assets/lama.txt', bytes: sizeOf(first, 'assets/lama.txt') }],
        changed: [
          {
            path: 'assets/App-1a2b.js',
            bytesBefore: sizeOf(first, 'assets/App-1a2b.js'),
            bytesAfter: sizeOf(second, 'assets/App-1a2b.js'),
          },
        ],
        unchanged: 2,
      });
      // A new folder on the registry's own asset origin is an ordinary release, not a move.
      expect(body.changes.find((change) => change.field === 'manifestUrl')?.sensitive).toBe(false);
    });

    it('shows a new app against nothing: every field new, no build to compare', async () => {
      await upload('antrean-perdana', '1.0.0', remoteBuild());
      const body = (await review('antrean-perdana', '1.0.0')).json() as Review;
      expect(body).toMatchObject({ currentVersion: null, current: null, bundle: null });
      expect(body.changes.every((change) => change.before === null)).toBe(true);
      expect(body.changes.find((change) => change.field === 'route')).toEqual({
        field: 'route',
        before: null,
        after: 'antrean-perdana',
        sensitive: true,
      });
    });

    it('has nothing to review in an approved version, and says so', async () => {
      const answer = await review('antrean-unggah', '1.0.0');
      expect(answer.status).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'INVALID_STATE' });
      const absent = await review('antrean-unggah', '7.7.7');
      expect(absent.status).toBe(404);
      expect((absent.json() as { message: string }).message).toBe(
        'App "antrean-unggah" has no version 7.7.7; GET /api/apps/antrean-unggah lists its versions.',
      );
    });

    it("answers another agency's developer exactly as it answers an app that does not exist", async () => {
      const foreign = await review('antrean-disdukcapil', '9.0.0', users.devBkpsdm);
      const foreignAbsentVersion = await review('antrean-disdukcapil', '7.7.7', users.devBkpsdm);
      const absent = await review('tidak-ada', '9.0.0', users.devBkpsdm);
      for (const answer of [foreign, foreignAbsentVersion, absent]) expect(answer.status).toBe(404);
      expect(foreign.json()).toEqual({
        code: 'NOT_FOUND',
        message: 'There is no app "antrean-disdukcapil" in the catalog.',
      });
      expect(foreignAbsentVersion.json()).toEqual(foreign.json());
      expect(absent.json()).toEqual({
        code: 'NOT_FOUND',
        message: 'There is no app "tidak-ada" in the catalog.',
      });
      expect(Object.keys(foreign.headers).sort()).toEqual(Object.keys(absent.headers).sort());
    });

    it('is refused to anyone else: no sign-in, a civil servant, the portal, a publish token', async () => {
      const url = '/api/apps/antrean-disdukcapil/versions/9.0.0/review';
      expect((await registry.call('GET', url)).status).toBe(401);
      expect((await registry.call('GET', url, { as: users.asnDisdukcapil })).status).toBe(403);
      const portal = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-shell' } })}`;
      expect((await registry.call('GET', url, { headers: { authorization: portal } })).status).toBe(403);
      const made = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devDisdukcapil,
        body: { label: 'CI' },
      });
      const { token } = made.json() as { token: string };
      const withToken = await registry.call('GET', url, { headers: { authorization: `Bearer ${token}` } });
      expect(withToken.status).toBe(403);
      expect((withToken.json() as { message: string }).message).toContain(
        'review a version with your own sign-in',
      );
    });
  });
});
