import { createServer } from 'node:http';
import type { ManifestEntry } from '@bas/manifest';
import { createIntegrityIndex } from '@bas/manifest/integrity';
import { listen } from '@bas/server-kit';
import { remoteBuild } from './remoteBuild.ts';
import { seedEntry } from './startTestRegistry.ts';

/** How long the `slow` folder takes to answer. */
export const slowAnswerMs = 600;

/**
 * Apps for the monitor to probe, each in a folder of one local server: `remote`, a federated build with its
 * `bas-integrity.json`; `broken`, the same build behind HTTP 500 while `broken.failing` is set; `hanging`, which never
 * answers; `altered`, the build with a changed remote entry; `page`, an HTML page; `moved`, a redirect to it; `slow`,
 * a page that takes `slowAnswerMs`. `hits` counts each folder's requests.
 */
export async function startProbedApps() {
  const files = new Map(
    Object.entries(remoteBuild()).map(([path, base64]) => [path, Buffer.from(base64, 'base64')]),
  );
  const { bytes: index, integrity } = createIntegrityIndex(files);
  const build = new Map([...files, ['bas-integrity.json', index]]);
  const hits = new Map<string, number>();
  const broken = { failing: true };
  const server = createServer((request, response) => {
    const [, folder = '', ...rest] = new URL(request.url ?? '/', 'http://probed.test').pathname.split('/');
    const path = rest.join('/');
    hits.set(folder, (hits.get(folder) ?? 0) + 1);
    const serve = (body: Buffer | undefined) =>
      body === undefined ? response.writeHead(404).end() : response.writeHead(200).end(body);
    switch (folder) {
      case 'remote':
        return serve(build.get(path));
      case 'broken':
        return broken.failing ? response.writeHead(500).end('database error') : serve(build.get(path));
      case 'hanging':
        return;
      case 'altered':
        return serve(
          path === 'remoteEntry.js' ? Buffer.from('export const get = () => ({});\n') : build.get(path),
        );
      case 'page':
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Layanan</h1>');
      case 'moved':
        return response.writeHead(302, { location: '/page/' }).end();
      case 'slow':
        setTimeout(() => response.writeHead(200).end('<h1>Lambat</h1>'), slowAnswerMs);
        return;
      default:
        response.writeHead(404).end();
    }
  });
  const origin = await listen(server, '127.0.0.1', 0);

  /** A seed entry of the catalog, served from `folder` of this server (with the build's integrity, if federated). */
  const servedFrom = (id: string, folder: string): ManifestEntry => {
    const entry = seedEntry(id);
    return entry.kind === 'federated'
      ? { ...entry, manifestUrl: `${origin}/${folder}/mf-manifest.json`, integrity }
      : { ...entry, url: `${origin}/${folder}/` };
  };

  return {
    origin,
    hits,
    broken,
    servedFrom,
    close: () =>
      new Promise<void>((resolve) => {
        // The hanging requests too.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
