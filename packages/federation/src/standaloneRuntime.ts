import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The file a remote's own page loads the federation runtime from, beside its `index.html`. */
export const standaloneRuntimeFile = 'mf-runtime-core.js';

/** Where `@bas/federation`'s build wrote that script (from src/ in tests, from dist/ when built). */
export const standaloneRuntimePath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'standalone',
  standaloneRuntimeFile,
);

function runtimeScript(): string {
  try {
    return readFileSync(standaloneRuntimePath, 'utf8');
  } catch (cause) {
    throw new Error(
      `${standaloneRuntimePath} is missing: build @bas/federation first (pnpm -r build does).`,
      {
        cause,
      },
    );
  }
}

/**
 * A remote built without its own copy of the federation runtime (the portal's shell provides it) still runs on its
 * own page: this plugin puts the runtime's core beside `index.html` as a classic script, loaded first in the page's
 * head, before any module, and serves it under `vite` too. Only `index.html` names it; the shell never loads it.
 */
export function standaloneRuntime(): Plugin {
  return {
    name: 'bas-standalone-runtime',
    transformIndexHtml: {
      // After Vite's own handling of the page, which would warn about a script that is not a module.
      order: 'post',
      handler: () => [
        { tag: 'script', attrs: { src: `./${standaloneRuntimeFile}` }, injectTo: 'head-prepend' },
      ],
    },
    configureServer(server) {
      server.middlewares.use(`/${standaloneRuntimeFile}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(runtimeScript());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: standaloneRuntimeFile, source: runtimeScript() });
    },
  };
}
