import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { integrityIndexName, writeIntegrityIndex } from '@bas/manifest/integrity';
import { overrideParameter } from '@bas/manifest/overrides';
import type { RequestHandler } from 'msw';
import { preview as vitePreview, runnerImport, type Plugin } from 'vite';
import { CliError } from '../CliError.ts';
import { prepareEntry } from '../check/prepareEntry.ts';
import { mockApiMiddleware } from '../preview/mockApiMiddleware.ts';

/** The app's mocked API: `createHandlers()` of src/mocks/handlers.ts, compiled by Vite, and msw from the app. */
async function loadMocks(dir: string) {
  const file = join(dir, 'src/mocks/handlers.ts');
  if (!existsSync(file)) return undefined;
  const { module } = await runnerImport<{ createHandlers?: () => RequestHandler[] }>(file, {
    root: dir,
    configFile: false,
    logLevel: 'error',
  });
  if (typeof module.createHandlers !== 'function') {
    throw new CliError(`${file} does not export createHandlers(): export it, as the template does.`);
  }
  const msw = (await import(pathToFileURL(createRequire(join(dir, 'package.json')).resolve('msw')).href)) as {
    getResponse: Parameters<typeof mockApiMiddleware>[0]['getResponse'];
  };
  return { handlers: module.createHandlers(), getResponse: msw.getResponse };
}

/** What preview adds to `vite preview`: the integrity index as the build is now, and the mocked API. */
function previewPlugin(dir: string, mocks: Awaited<ReturnType<typeof loadMocks>>): Plugin {
  return {
    name: 'bas-preview',
    configurePreviewServer(server) {
      // Written on every request, so that after a rebuild the portal loads (and pins) the new build.
      server.middlewares.use(`/${integrityIndexName}`, (request, response) => {
        writeIntegrityIndex(join(dir, 'dist'));
        response.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'access-control-allow-origin': request.headers.origin ?? '*',
        });
        response.end(readFileSync(join(dir, 'dist', integrityIndexName)));
      });
      // The entry as it would be published from here, for the portal's developer override.
      server.middlewares.use('/bas-entry.json', (request, response) => {
        const origin = `http://${request.headers.host ?? '127.0.0.1'}/`;
        const { entry } = prepareEntry(dir, { entryUrl: origin });
        response.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'access-control-allow-origin': request.headers.origin ?? '*',
        });
        response.end(JSON.stringify(entry));
      });
      if (mocks !== undefined) server.middlewares.use(mockApiMiddleware(mocks));
    },
  };
}

/**
 * `bas-remote preview`: serves the build (dist/) as a published remote is served, with CORS, and answers the app's
 * API with its msw handlers. The portal then runs it from this address: in a developer's own browser through the
 * override it prints, or published with `--entry-url` to a development portal. Runs until interrupted.
 */
export async function preview(
  dir: string,
  options: { port?: string | undefined; portal?: string | undefined },
): Promise<void> {
  if (!existsSync(join(dir, 'dist', 'mf-manifest.json'))) {
    throw new CliError(
      'dist/mf-manifest.json is missing: run `npm run build` first (preview serves the build).',
    );
  }
  const mocks = await loadMocks(dir);
  const port = options.port === undefined ? undefined : Number(options.port);
  const server = await vitePreview({
    root: dir,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', ...(port === undefined ? {} : { port, strictPort: true }) },
    plugins: [previewPlugin(dir, mocks)],
  }).catch((error: unknown) => {
    const message = (error as Error).message;
    throw message.includes('already in use')
      ? new CliError(`${message}: stop what runs there, or pick another with --port.`)
      : error;
  });
  const origin = new URL(server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port ?? 4173}/`).origin;
  const { id, route } = JSON.parse(readFileSync(join(dir, 'bas-remote.json'), 'utf8')) as {
    id: string;
    route: string;
  };
  const portal = options.portal === undefined ? '<portal>' : new URL(options.portal).origin;
  console.log(`Preview: ${origin}/ (dist/, CORS open)`);
  console.log(
    mocks === undefined
      ? 'No src/mocks/handlers.ts: the app calls its real API (apiOrigins in bas-remote.json).'
      : `API: ${origin}/api/ answered by src/mocks/handlers.ts (${mocks.handlers.length} handlers)`,
  );
  console.log(
    `Inside the portal, signed in as a developer: ${portal}/layanan/${route}?${overrideParameter}=${id}@${origin}/`,
  );
}
