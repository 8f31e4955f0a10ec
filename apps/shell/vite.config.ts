import { basFederation, precompress, sharedSingletons } from '@bas/federation';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shell declares no remotes: they come from the manifest at run time (decisions/0007, docs/architecture.md).
// `--ssr` builds the home page renderer the portal's server runs (server/renderHomePage.tsx): plain React on
// Node, no federation.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: isSsrBuild
    ? [react()]
    : [
        react(),
        basFederation({
          name: 'bas_shell',
          remotes: {},
          shared: sharedSingletons(import.meta.dirname),
          // 200 registered apps cost nothing until one is opened, and a dead one cannot block start-up.
          shareStrategy: 'loaded-first',
          dts: false,
          // Remotes are built without the runtime and take this one (createFederationHost keeps it from being replaced).
          experiments: { provideExternalRuntime: true },
        }),
        precompress(),
      ],
  // The portal's server puts a fresh nonce in place of this in every page it sends (decisions/0018).
  html: { cspNonce: 'BAS_CSP_NONCE' },
  build: {
    target: 'es2022',
    copyPublicDir: !isSsrBuild,
  },
  server: { port: 4100, strictPort: true },
  preview: { port: 4100, strictPort: true },
}));
