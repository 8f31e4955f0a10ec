import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { HarnessRole } from './harnessUsers.ts';

const require = createRequire(import.meta.url);

/**
 * Serves the development harness at every page address of the dev server (the remote's own `index.html` stays
 * the standalone page at `/index.html`), and msw's service worker for the mocked agency API.
 */
export function harnessPlugin(options: { dir: string; role: HarnessRole }): Plugin {
  const remoteFile = ['src/remote.tsx', 'src/remote.ts'].find((file) => existsSync(join(options.dir, file)));
  if (remoteFile === undefined) throw new Error(`no src/remote.tsx or src/remote.ts in ${options.dir}`);
  const hasMocks = existsSync(join(options.dir, 'src/mocks/handlers.ts'));
  // The design tokens the shell defines on every portal page, from the same file, so the kit looks as it will there.
  const html = `<!doctype html>
<html lang="id">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>BAS harness</title>
<link rel="stylesheet" href="/@fs${require.resolve('@bas/ui/tokens.css')}"></head>
<body>
<script type="module">
import { startHarness } from '@bas/create-remote/harness';
import entry from '/bas-remote.json';
import * as remote from '/${remoteFile}';
${hasMocks ? "import { createHandlers } from '/src/mocks/handlers.ts';" : ''}
startHarness({ entry, remote, role: ${JSON.stringify(options.role)}, handlers: ${hasMocks ? 'createHandlers()' : 'undefined'} });
</script>
</body>
</html>`;
  return {
    name: 'bas-harness',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://harness').pathname;
        if (path === '/mockServiceWorker.js') {
          response.setHeader('content-type', 'text/javascript');
          response.end(readFileSync(require.resolve('msw/mockServiceWorker.js')));
          return;
        }
        const page = request.headers.accept?.includes('text/html') === true && !/\.[a-z]+$/.test(path);
        if (!page) return next();
        server
          .transformIndexHtml(request.url ?? '/', html)
          .then((transformed) => {
            response.setHeader('content-type', 'text/html');
            response.end(transformed);
          })
          .catch(next);
      });
    },
  };
}
