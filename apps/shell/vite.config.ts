import { precompress, sharedSingletons } from '@bas/federation';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shell declares no remotes: they come from the manifest at run time (ARCHITECTURE.md, decision 2).
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'bas_shell',
      remotes: {},
      shared: sharedSingletons(import.meta.dirname),
      // 200 registered apps cost nothing until one is opened, and a dead one cannot block start-up.
      shareStrategy: 'loaded-first',
      dts: false,
    }),
    precompress(),
  ],
  build: {
    target: 'es2022',
  },
  server: { port: 4100, strictPort: true },
  preview: { port: 4100, strictPort: true },
});
