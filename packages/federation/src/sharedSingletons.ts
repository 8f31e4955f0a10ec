import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { remoteRouterApi } from './remoteRouterApi.ts';

/**
 * What the shell owns: one copy per page, provided by the shell, never a remote's own. The React bindings of the
 * SDK and the design system are listed by themselves because the bundler shares a package's subpaths only when
 * they are named.
 */
export const singletons = [
  'react',
  'react-dom',
  'react-router',
  'zustand',
  '@bas/sdk',
  '@bas/sdk/react',
  '@bas/ui',
  '@bas/ui/react',
] as const;

export type Singleton = (typeof singletons)[number];

/**
 * Singletons a build shares only when the app depends on them: an app without the design system imports nothing of it
 * and need not install it to build. The shell depends on it, so the shell always provides it (decisions/0020).
 */
const sharedWhenInstalled: readonly Singleton[] = ['@bas/ui', '@bas/ui/react'];

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
 * Whether the app's own package.json (the nearest one above `resolveFrom`) depends on the package. Its
 * declaration decides, not whether Node can resolve it: package managers put every workspace package on
 * `NODE_PATH` while they run scripts, so resolving would find it for apps that never installed it.
 */
function isDeclared(specifier: Singleton, resolveFrom: string): boolean {
  for (let dir = resolve(resolveFrom); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<
        Record<'dependencies' | 'devDependencies' | 'peerDependencies', Record<string, string>>
      >;
      const name = packageName(specifier);
      return [manifest.dependencies, manifest.devDependencies, manifest.peerDependencies].some(
        (list) => list?.[name] !== undefined,
      );
    }
    if (dirname(dir) === dir) return false;
  }
}

/**
 * The `shared` option of `@module-federation/vite` for a BAS app. Versions are read from the packages installed
 * for the app (pinned once in the workspace catalog), and `strictVersion` makes a remote built against another
 * major refuse to start rather than run beside a second copy.
 *
 * @param resolveFrom a folder inside the app, so versions come from the app's own dependencies
 * @param only the singletons the app uses, when not all of them (an app without React shares the SDK only); the
 *   design system's are left out for an app that does not install it
 * @example
 * federation({ name: 'pengumuman', exposes, shared: sharedSingletons(import.meta.dirname) })
 */
export function sharedSingletons(resolveFrom: string, only: readonly Singleton[] = singletons) {
  return Object.fromEntries(
    only
      .filter((specifier) => !sharedWhenInstalled.includes(specifier) || isDeclared(specifier, resolveFrom))
      .map((specifier) => {
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
