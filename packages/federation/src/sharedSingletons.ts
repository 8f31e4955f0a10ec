import { createRequire } from 'node:module';
import { remoteRouterApi } from './remoteRouterApi.ts';

/**
 * What the shell owns: one copy per page, provided by the shell, never a remote's own. The SDK's React binding is
 * listed by itself because the bundler shares a package's subpaths only when they are named.
 */
export const singletons = [
  'react',
  'react-dom',
  'react-router',
  'zustand',
  '@bas/sdk',
  '@bas/sdk/react',
] as const;

export type Singleton = (typeof singletons)[number];

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function installedVersion(specifier: Singleton, resolveFrom: string): string {
  const requireFrom = createRequire(resolveFrom);
  const manifest = requireFrom(`${packageName(specifier)}/package.json`) as { version: string };
  return manifest.version;
}

/**
 * The `shared` option of `@module-federation/vite` for a BAS app. Versions are read from the packages installed
 * for the app (pinned once in the workspace catalog), and `strictVersion` makes a remote built against another
 * major refuse to start rather than run beside a second copy.
 *
 * @param resolveFrom a folder inside the app, so versions come from the app's own dependencies
 * @param only the singletons the app uses, when not all of them (an app without React shares the SDK only)
 * @example
 * federation({ name: 'pengumuman', exposes, shared: sharedSingletons(import.meta.dirname) })
 */
export function sharedSingletons(resolveFrom: string, only: readonly Singleton[] = singletons) {
  return Object.fromEntries(
    only.map((specifier) => {
      const version = installedVersion(specifier, `${resolveFrom}/`);
      return [
        specifier,
        {
          singleton: true,
          version,
          requiredVersion: `^${version}`,
          strictVersion: true,
          ...(specifier === 'react-router'
            ? { treeShaking: { mode: 'runtime-infer' as const, usedExports: [...remoteRouterApi] } }
            : {}),
        },
      ];
    }),
  );
}
