import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { agencyCodes, findAgency, validateEntry, type Category, type ManifestEntry } from '@bas/manifest';
import { kitTarballs, readKit, templatesDir, type Kit } from '../readKit.ts';
import { CliError } from '../CliError.ts';
import { placeholderDescription } from './placeholders.ts';

export interface ScaffoldOptions {
  /** The app's id and route in the catalog, and its package name (`layanan-saya`). */
  appId: string;
  /** The agency's code (`disdukcapil`). */
  agency: string;
  role: 'public' | 'internal';
  /** The app's name in Bahasa Indonesia; the English name is the same until someone translates it. */
  name: string;
  category?: Category;
  /** The folder to create; must not exist or be empty. */
  dir: string;
  /** Where `npm run dev` listens. */
  port?: number;
  /** The first version of a new project of an app the catalog holds already; it says it is that app. */
  continues?: string;
}

/** Checks what a person typed for the scaffold, with the fix in each message. */
export function checkScaffoldOptions(options: Pick<ScaffoldOptions, 'appId' | 'agency' | 'role'>): void {
  if (!/^[a-z][a-z0-9-]{1,48}[a-z0-9]$/.test(options.appId)) {
    throw new CliError(
      `"${options.appId}" cannot be an app id: use 3 to 50 lowercase letters, digits and dashes, starting with a letter (like "layanan-saya").`,
    );
  }
  if (findAgency(options.agency) === undefined) {
    throw new CliError(
      `"${options.agency}" is not an agency code of Kota Bogor; use one of: ${agencyCodes.join(', ')}.`,
    );
  }
  if (options.role !== 'public' && options.role !== 'internal') {
    throw new CliError(
      `The role is "public" (citizens) or "internal" (civil servants), not "${String(options.role)}".`,
    );
  }
}

/**
 * The catalog entry a new app starts with (bas-remote.json): valid but for the version, which package.json holds,
 * pointing at the agency's production host until published, with a placeholder description `check` refuses.
 */
export function initialEntry(options: ScaffoldOptions, sdkVersion: string): Omit<ManifestEntry, 'version'> {
  const agency = findAgency(options.agency);
  const category = options.category ?? (options.role === 'internal' ? 'layanan-ti' : 'informasi-publik');
  const entry = {
    id: options.appId,
    name: { id: options.name, en: options.name },
    description: placeholderDescription(options.name),
    agency: options.agency,
    category,
    role: options.role,
    ...(options.role === 'public' ? { requiresLogin: true } : {}),
    route: options.appId,
    version: '0.1.0',
    status: 'active',
    keywords: options.appId.split('-'),
    icon: 'app',
    owner: {
      name: agency?.name ?? options.agency,
      email: `${options.agency.replaceAll('-', '')}@kotabogor.go.id`,
    },
    spbe: { serviceType: 'public', indicator: 45, applicationType: 'khusus' },
    kind: 'federated',
    manifestUrl: `https://apps.kotabogor.go.id/${options.appId}/mf-manifest.json`,
    exposedModule: './App',
    sdkVersion,
  };
  const result = validateEntry(entry, { environment: 'development' });
  if (!result.ok) throw new Error(`the scaffold's entry is invalid: ${JSON.stringify(result.issues)}`);
  // The version lives in package.json alone (see prepareEntry).
  const { version: _inPackageJson, ...rest } = result.entry;
  return rest;
}

function copyTemplate(from: string, to: string, values: Record<string, string>): string[] {
  mkdirSync(to, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    // npm drops .gitignore from published packages, so the template keeps it without the dot.
    const target = join(to, name === 'gitignore' ? '.gitignore' : name);
    if (statSync(source).isDirectory()) {
      written.push(...copyTemplate(source, target, values));
      continue;
    }
    const text = readFileSync(source, 'utf8').replace(
      /\{\{(\w+)\}\}/g,
      (match, key: string) => values[key] ?? match,
    );
    writeFileSync(target, text);
    written.push(target);
  }
  return written;
}

/**
 * Writes a new React remote that builds, runs in the harness and passes its tests as it is. The BAS packages come
 * as published packages: from this repository's packed kit (copied into `vendor/`) when there is one, otherwise
 * from the registry.
 */
export function scaffoldRemote(
  options: ScaffoldOptions,
  kit: Kit = readKit(),
  tarballs: ReadonlyMap<string, string> = kitTarballs(),
): { dir: string; files: string[] } {
  checkScaffoldOptions(options);
  if (existsSync(options.dir) && readdirSync(options.dir).length > 0) {
    throw new CliError(`${options.dir} already exists and is not empty: choose another folder with --dir.`);
  }
  const agency = findAgency(options.agency);
  const files = copyTemplate(join(templatesDir, 'react'), options.dir, {
    appId: options.appId,
    appName: options.name,
    agencyName: agency?.short ?? options.agency,
    agency: options.agency,
    port: String(options.port ?? 4300),
  });

  const bas = (name: string) => {
    const tarball = tarballs.get(name);
    if (tarball === undefined) return `^${kit.packages[name] ?? kit.sdkVersion}`;
    mkdirSync(join(options.dir, 'vendor'), { recursive: true });
    copyFileSync(tarball, join(options.dir, 'vendor', basename(tarball)));
    return `file:vendor/${basename(tarball)}`;
  };
  const packageJson = {
    name: options.appId,
    version: options.continues ?? '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      dev: 'bas-remote dev',
      build: 'vite build',
      preview: 'bas-remote preview',
      test: 'vitest run',
      typecheck: 'tsc -p tsconfig.json',
      check: 'bas-remote check',
      'publish:portal': 'bas-remote publish',
    },
    dependencies: {
      '@bas/sdk': bas('@bas/sdk'),
      '@bas/ui': bas('@bas/ui'),
      react: kit.singletons.react,
      'react-dom': kit.singletons['react-dom'],
      'react-router': kit.singletons['react-router'],
      zustand: kit.singletons.zustand,
    },
    devDependencies: {
      '@bas/create-remote': bas('@bas/create-remote'),
      '@bas/federation': bas('@bas/federation'),
      '@bas/manifest': bas('@bas/manifest'),
      ...kit.tools,
    },
    // The BAS packages depend on each other: every copy resolves to the one this app installs.
    overrides: {
      '@bas/sdk': '$@bas/sdk',
      '@bas/ui': '$@bas/ui',
      '@bas/manifest': '$@bas/manifest',
      '@bas/federation': '$@bas/federation',
    },
    bas: { budgetKb: 60, ...(options.continues === undefined ? {} : { existingApp: true }) },
  };
  writeFileSync(join(options.dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(
    join(options.dir, 'bas-remote.json'),
    `${JSON.stringify(initialEntry(options, kit.sdkVersion), null, 2)}\n`,
  );
  return {
    dir: options.dir,
    files: [...files, join(options.dir, 'package.json'), join(options.dir, 'bas-remote.json')],
  };
}
