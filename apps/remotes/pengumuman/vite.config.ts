import { sharedSingletons } from '@bas/federation';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'pengumuman',
      filename: 'remoteEntry.js',
      manifest: true,
      exposes: { './App': './src/remote.tsx' },
      shared: sharedSingletons(import.meta.dirname),
      dts: false,
    }),
  ],
  // Files are found relative to mf-manifest.json, wherever the remote is served from.
  base: './',
  build: { target: 'es2022' },
  server: { port: 4101, strictPort: true, cors: true },
  preview: { port: 4101, strictPort: true, cors: true },
});
