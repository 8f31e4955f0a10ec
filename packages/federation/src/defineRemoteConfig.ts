import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { basFederation } from './basFederation.ts';
import { precompress } from './precompress.ts';
import { preloadExposedChunks } from './preloadExposedChunks.ts';
import { sharedSingletons } from './sharedSingletons.ts';
import { standaloneRuntime } from './standaloneRuntime.ts';

/** The modules of `@module-federation/runtime` a remote built with the external runtime still carries. */
const federationGlue = /@module-federation[\\/]runtime[\\/]|mf-external-runtime-core/;

export interface RemoteConfigOptions {
  /** The app's id in the catalog (`dokumen-kependudukan`); the federation container is named after it. */
  appId: string;
  /** The folder of the remote's `vite.config.ts`: `import.meta.dirname`. */
  dir: string;
  /** Where `vite` (standalone development) and `vite preview` listen. */
  port: number;
  /**
   * `react` (the default) compiles JSX and takes React, react-router, zustand and the SDK from the shell;
   * `none` shares only the SDK (and the design system's framework-free core, when installed), for a remote
   * without a framework or with one the shell does not provide.
   */
  framework?: 'react' | 'none';
  /** Exposed modules; `./App` from `src/remote.tsx` (or `src/remote.ts` without React) by default. */
  exposes?: Record<string, string>;
}

/**
 * The Vite config of a BAS remote: a Module Federation container with an `mf-manifest.json`, files found
 * relative to that manifest wherever the remote is served, the shell's singletons shared, and CORS for the
 * shell's origin.
 *
 * @example
 * // vite.config.ts
 * export default defineRemoteConfig({ appId: 'aduan-warga', dir: import.meta.dirname, port: 4103 });
 */
export function defineRemoteConfig(options: RemoteConfigOptions): UserConfig {
  const framework = options.framework ?? 'react';
  const exposes = options.exposes ?? {
    './App': framework === 'react' ? './src/remote.tsx' : './src/remote.ts',
  };
  // `bas-remote dev` imports the exposed module straight into its harness page, with React and the SDK from
  // node_modules as the shell would provide them; in dev mode the federation plugin cannot bridge the shared
  // packages, so the harness runs without it.
  const harness = process.env.BAS_HARNESS === '1';
  return {
    plugins: [
      ...(framework === 'react' ? [react()] : []),
      ...(harness
        ? []
        : [
            basFederation({
              name: options.appId.replaceAll('-', '_'),
              filename: 'remoteEntry.js',
              manifest: true,
              exposes,
              shared:
                framework === 'react'
                  ? sharedSingletons(options.dir)
                  : sharedSingletons(options.dir, ['@bas/sdk', '@bas/ui']),
              dts: false,
              // The portal's shell provides the runtime (about 19 KB gzip a remote no longer carries, decisions/0031);
              // the remote's own page gets it from standaloneRuntime.
              experiments: { externalRuntime: true },
            }),
            preloadExposedChunks({ root: options.dir, exposes }),
            standaloneRuntime(),
          ]),
      precompress(),
    ],
    // Files are found relative to mf-manifest.json, wherever the remote is served from.
    base: './',
    build: {
      target: 'es2022',
      // Rolldown reports when plugins take a noticeable share of the build; on a cold machine the federation
      // plugin always does, and there is nothing for the remote's developer to change.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        // The federation runtime's glue that remoteEntry.js imports (the proxies onto the shell's runtime) in one
        // file rather than three: every file is one more request on each cold opening, and a browser asks at most
        // six at a time of one origin (decisions/0037).
        output: { codeSplitting: { groups: [{ name: 'federation', test: federationGlue }] } },
      },
    },
    server: { port: options.port, strictPort: true, cors: true },
    preview: { port: options.port, strictPort: true, cors: true },
  };
}
