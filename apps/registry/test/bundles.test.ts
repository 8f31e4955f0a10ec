import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { listen } from '@bas/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteBuild } from './support/remoteBuild.ts';
import { uploadedEntry } from './support/uploadedEntry.ts';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

const sri = (bytes: Buffer | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

describe.each(engines)('publishing an uploaded build on %s', (engine) => {
  let registry: TestRegistry;
  let assets: Server;
  let assetOrigin: string;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
    assets = createServer((request, response) => registry.registry.assets(request, response));
    assetOrigin = await listen(assets, '127.0.0.1', 0);
  });
  afterAll(async () => {
    assets.close();
    await registry.close();
  });
  const upload = (
    version: string,
    files = remoteBuild(),
    as = users.devDisdukcapil,
    entry: object = uploadedEntry(version),
  ) =>
    registry.call('POST', '/api/apps/antrean-disdukcapil/bundles?existingApp=true', {
      as,
      body: { entry, files },
    });
  /** A stored file, fetched as a browser on the portal's page would. */
  const fetchStored = (manifestUrl: string, path: string, headers: Record<string, string> = {}) =>
    fetch(
      new URL(
        path,
        new URL(manifestUrl).pathname.replace(/mf-manifest\.json$/, '').replace(/^/, assetOrigin),
      ),
      { headers },
    );

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the flow', () => {
    let manifestUrl = '';
    let integrity = '';

    it('stores the build content-addressed for the asset origin, which serves none of it while it is pending', async () => {
      const published = await upload('10.0.0');
      expect(published.status, published.body).toBe(201);
      const answer = published.json() as { manifestUrl: string; integrity: string };
      expect(answer.manifestUrl).toMatch(
        /^http:\/\/127\.0\.0\.1:4191\/remotes\/antrean-disdukcapil\/10\.0\.0\/[0-9a-f]{64}\/mf-manifest\.json$/,
      );
      manifestUrl = answer.manifestUrl;
      integrity = answer.integrity;
      // The portal's pages allow scripts from the asset origin: nothing unapproved may be loadable there.
      expect((await fetchStored(manifestUrl, 'remoteEntry.js')).status).toBe(404);
    });

    it('serves the approved bytes, pinned by the entry and named by their hash, immutable, also after a restart', async () => {
      const approved = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/10.0.0/approve', {
        as: users.admin,
      });
      expect(approved.status).toBe(200);
      const manifest = (await registry.call('GET', '/api/manifest', { as: users.asnDisdukcapil })).json() as {
        entries: Array<{ id: string; manifestUrl?: string; integrity?: string }>;
      };
      expect(manifest.entries.find((entry) => entry.id === 'antrean-disdukcapil')).toMatchObject({
        manifestUrl,
        integrity,
      });
      const indexBytes = Buffer.from(
        await (await fetchStored(manifestUrl, 'bas-integrity.json')).arrayBuffer(),
      );
      // The folder is named after the index's hash; the entry pins the index; the index pins every file.
      expect(manifestUrl).toContain(createHash('sha256').update(indexBytes).digest('hex'));
      expect(integrity).toBe(sri(indexBytes));
      expect(JSON.parse(indexBytes.toString()).files).toEqual(
        Object.fromEntries(
          Object.entries(remoteBuild()).map(([path, content]) => [path, sri(Buffer.from(content, 'base64'))]),
        ),
      );
      // The files opening the app loads first, so the portal can fetch them at once: the entry and its module.
      const build = remoteBuild();
      expect(manifest.entries.find((entry) => entry.id === 'antrean-disdukcapil')).toMatchObject({
        openingFiles: ['remoteEntry.js', 'assets/App-1a2b.js'].map((path) => ({
          path,
          integrity: sri(Buffer.from(build[path] ?? '', 'base64')),
        })),
      });
      const chunk = await fetchStored(manifestUrl, 'assets/App-1a2b.js');
      expect(chunk.status).toBe(200);
      expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
      expect(await chunk.text()).toContain('Antrean');
      const compressed = await fetchStored(manifestUrl, 'remoteEntry.js', { 'accept-encoding': 'br' });
      expect(compressed.headers.get('content-encoding')).toBe('br');
      expect(await compressed.text()).toContain("import('./assets/App-1a2b.js')");
      expect((await fetch(`${assetOrigin}/remotes/%`)).status).toBe(400);
      await registry.restart();
      expect((await fetchStored(manifestUrl, 'assets/App-1a2b.js')).status).toBe(200);
    });

    it('never changes what is stored: the same version cannot be uploaded again with other bytes', async () => {
      const again = await upload(
        '10.0.0',
        remoteBuild({ 'assets/App-1a2b.js': 'export const mount = () => alert(1);' }),
      );
      expect(again.status).toBe(409);
      expect(await (await fetchStored(manifestUrl, 'assets/App-1a2b.js')).text()).toContain('Antrean');
    });

    it('rolls back to the bytes stored for the earlier version', async () => {
      const next = await upload(
        '10.0.1',
        remoteBuild({ 'assets/App-1a2b.js': 'export const mount = () => () => {};' }),
      );
      expect(next.status, next.body).toBe(201);
      const nextUrl = (next.json() as { manifestUrl: string }).manifestUrl;
      expect(nextUrl).not.toBe(manifestUrl);
      await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/10.0.1/approve', {
        as: users.admin,
      });
      const servedUrl = async () =>
        (
          (await registry.call('GET', '/api/manifest', { as: users.asnDisdukcapil })).json() as {
            entries: Array<{ id: string; manifestUrl?: string }>;
          }
        ).entries.find((entry) => entry.id === 'antrean-disdukcapil')?.manifestUrl;
      expect(await servedUrl()).toBe(nextUrl);
      await registry.call('POST', '/api/apps/antrean-disdukcapil/rollback', {
        as: users.admin,
        body: { version: '10.0.0' },
      });
      expect(await servedUrl()).toBe(manifestUrl);
      expect(await (await fetchStored(manifestUrl, 'assets/App-1a2b.js')).text()).toContain('Antrean');
    });

    it("refuses another agency's developer and stores nothing of theirs", async () => {
      const refused = await upload('10.1.0', remoteBuild(), users.devBkpsdm);
      expect(refused.status).toBe(403);
      // Declaring their own agency for another agency's app does not get them further.
      const claimed = await upload('10.1.0', remoteBuild(), users.devBkpsdm, {
        ...uploadedEntry('10.1.0'),
        agency: 'bkpsdm',
      });
      expect(claimed.status).toBe(409);
      expect((claimed.json() as { message: string }).message).toContain('belongs to an app of disdukcapil');
      const stored = join(registry.storage.dataDir, 'assets', 'remotes', 'antrean-disdukcapil', '10.1.0');
      expect(() => readFileSync(join(stored, 'bas-integrity.json'))).toThrow();
    });
  });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('a build it cannot serve', () => {
    const refusal = async (files: Record<string, string>, entry?: object) => {
      const response = await upload('11.0.0', files, users.devDisdukcapil, entry);
      expect(response.status).toBe(400);
      return (response.json() as { message: string }).message;
    };
    const encoded = (text: string) => Buffer.from(text).toString('base64');

    it('names each problem and what to do about it', async () => {
      expect(await refusal({ ...remoteBuild(), '../escape.js': encoded('x') })).toContain(
        '../escape.js is not a plain relative path inside the build',
      );
      const { 'mf-manifest.json': _manifest, ...withoutManifest } = remoteBuild();
      expect(await refusal(withoutManifest)).toContain(
        "mf-manifest.json is missing: build with the federation plugin's `manifest: true`",
      );
      const { 'assets/App-1a2b.js': _chunk, ...withoutChunk } = remoteBuild();
      expect(await refusal(withoutChunk)).toContain('lists "assets/App-1a2b.js", which is not in the upload');
      expect(await refusal({ ...remoteBuild(), 'remoteEntry.js.br': encoded('x') })).toContain(
        'is a precompressed copy: leave those out',
      );
      const elsewhere = JSON.parse(
        Buffer.from(remoteBuild()['mf-manifest.json'] ?? '', 'base64').toString(),
      ) as {
        metaData: { publicPath: string };
      };
      elsewhere.metaData.publicPath = 'https://cdn.example.com/antrean/';
      expect(
        await refusal({ ...remoteBuild(), 'mf-manifest.json': encoded(JSON.stringify(elsewhere)) }),
      ).toContain('sets the public path to "https://cdn.example.com/antrean/"; build with publicPath "auto"');
      expect(
        await refusal(remoteBuild(), {
          ...uploadedEntry('11.0.0'),
          manifestUrl: 'https://x.test/mf-manifest.json',
        }),
      ).toContain('Leave out "manifestUrl" when uploading a build');
      // Opening files a developer names could point the portal's early fetches elsewhere than the build.
      expect(
        await refusal(remoteBuild(), {
          ...uploadedEntry('11.0.0'),
          openingFiles: [{ path: 'remoteEntry.js', integrity: `sha384-${'A'.repeat(64)}` }],
        }),
      ).toContain('Leave out "openingFiles" when uploading a build');
      // Nor may an entry published by hand sit on the asset origin, where its opening files could name another
      // app's stored files with hashes that fail them in the page.
      const byHand = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
        as: users.devDisdukcapil,
        body: {
          ...uploadedEntry('12.0.0'),
          manifestUrl: 'http://127.0.0.1:4191/remotes/mf-manifest.json',
          integrity: `sha384-${'A'.repeat(64)}`,
          openingFiles: [
            { path: 'antrean-disdukcapil/10.0.0/remoteEntry.js', integrity: `sha384-${'B'.repeat(64)}` },
          ],
        },
      });
      expect(byHand.status).toBe(400);
      expect((byHand.json() as { message: string }).message).toContain("is on the portal's asset origin");
    });

    it('refuses classic-script chunks the entry does not pin', async () => {
      const classic = JSON.parse(
        Buffer.from(remoteBuild()['mf-manifest.json'] ?? '', 'base64').toString(),
      ) as {
        metaData: { remoteEntry: { type: string } };
      };
      classic.metaData.remoteEntry.type = 'global';
      const unpinned = { ...remoteBuild(), 'mf-manifest.json': encoded(JSON.stringify(classic)) };
      expect(await refusal(unpinned)).toContain(
        'assets/App-1a2b.js is a classic-script chunk whose SRI hash is not in the entry: build with SubresourceIntegrityPlugin',
      );
      const chunk =
        'export const mount = (element) => { element.textContent = "Antrean"; return () => {}; };\n';
      const pinned = { ...unpinned, 'remoteEntry.js': encoded(`var sriHashes = {"1":"${sri(chunk)}"};`) };
      expect((await upload('11.0.1', pinned)).status).toBe(201);
    });
  });
});
