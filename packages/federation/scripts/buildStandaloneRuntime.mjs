// Builds standalone/runtimeCore.ts into dist/standalone/mf-runtime-core.js: one classic (non-module) script that a
// remote's own page loads first (standaloneRuntime.ts), so the page runs without the portal's shell.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/standalone',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'standalone/runtimeCore.ts',
      formats: ['iife'],
      name: 'basStandaloneRuntime',
      fileName: () => 'mf-runtime-core.js',
    },
  },
});
