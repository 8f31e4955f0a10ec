import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatIssue, validateEntry } from '@bas/manifest';
import { isCompatibleSdkVersion } from '@bas/sdk';
import semver from 'semver';
import type { Kit } from '../readKit.ts';
import { placeholderProblems } from '../scaffold/placeholders.ts';
import { prepareEntry } from './prepareEntry.ts';

export interface CheckResult {
  /** Each thing checked, with what was found: shown to the person as ✓ or ✗. */
  passed: string[];
  /** Each problem with what to do about it; the remote is refused while there is any. */
  problems: string[];
  /** The remote's own JavaScript, gzip bytes. */
  ownBytes?: number;
  /** The entry as it would be published (see prepareEntry). */
  entry: Record<string, unknown>;
  /** The project says it is a new version of the app that holds its id (`"bas": { "existingApp": true }`). */
  existingApp: boolean;
}

interface MfManifest {
  shared: { name: string; singleton?: boolean; requiredVersion?: string }[];
  exposes: { path: string; assets: { js: { sync: string[]; async: string[] } } }[];
}

function installedVersion(dir: string, name: string): string | undefined {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Checks a remote the way the registry and the shell will treat it, before it is published: its catalog entry,
 * its SDK version, that it shares the shell's singletons at versions the shell provides (a remote that would load
 * a second React is refused), and the size of its own JavaScript against its budget.
 */
export function checkRemote(
  dir: string,
  kit: Kit,
  options: { entryUrl?: string | undefined; registry?: string | undefined } = {},
): CheckResult {
  const passed: string[] = [];
  const problems: string[] = [];
  const { entry, environment } = prepareEntry(dir, options);
  const packageFile = join(dir, 'package.json');
  const packageJson = JSON.parse(readFileSync(packageFile, 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    bas?: { budgetKb?: number; existingApp?: boolean };
  };
  const existingApp = packageJson.bas?.existingApp === true;

  const validation = validateEntry(entry, { environment });
  if (validation.ok) passed.push(`bas-remote.json is a valid ${environment} catalog entry`);
  else problems.push(...validation.issues.map((issue) => `bas-remote.json: ${formatIssue(issue)}`));
  problems.push(...placeholderProblems(entry));

  const sdk = installedVersion(dir, '@bas/sdk');
  if (sdk === undefined) {
    problems.push('@bas/sdk is not installed: run `npm install`.');
  } else if (!isCompatibleSdkVersion(sdk, kit.sdkVersion)) {
    problems.push(
      `@bas/sdk ${sdk} is installed; this portal provides ${kit.sdkVersion}. Install @bas/sdk@^${kit.sdkVersion} and rebuild.`,
    );
  } else if (entry.sdkVersion !== sdk) {
    problems.push(
      `bas-remote.json says sdkVersion "${String(entry.sdkVersion)}" but @bas/sdk ${sdk} is installed: set "sdkVersion": "${sdk}".`,
    );
  } else {
    passed.push(`@bas/sdk ${sdk}, compatible with the portal's ${kit.sdkVersion}`);
  }

  const declared = { ...packageJson.dependencies, ...packageJson.devDependencies };
  const used = Object.keys(kit.singletons).filter((name) => name in declared);
  for (const name of used) {
    const provided = kit.singletons[name] ?? '';
    const installed = installedVersion(dir, name);
    if (installed === undefined) {
      problems.push(`${name} is in package.json but not installed: run \`npm install\`.`);
    } else if (!semver.satisfies(provided, `^${installed}`)) {
      problems.push(
        `${name} ${installed} is installed, but the shell provides ${provided}: the remote would load its own ${name} beside the shell's. Install ${name}@${provided}.`,
      );
    }
  }

  const manifestFile = join(dir, 'dist', 'mf-manifest.json');
  if (!existsSync(manifestFile)) {
    problems.push(
      'dist/mf-manifest.json is missing: run `npm run build` first (the check looks at the build).',
    );
    return { passed, problems, entry, existingApp };
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as MfManifest;
  // rspack shares only what the remote imports, so a remote that uses only `@bas/sdk/react` shares no `@bas/sdk`.
  // That is safe for the SDK and the design system alone: their roots hold no state. Every other singleton must be
  // shared by its own name.
  const subpathsSuffice = ['@bas/sdk', '@bas/ui'];
  const sharedEntryOf = (name: string) => (shared: { name: string }) =>
    shared.name === name || (subpathsSuffice.includes(name) && shared.name.startsWith(`${name}/`));
  const unshared = used.filter(
    (name) => !manifest.shared.some((shared) => sharedEntryOf(name)(shared) && shared.singleton === true),
  );
  for (const name of unshared) {
    problems.push(
      `${name} is not shared as a singleton in the build: the remote would bring a second ${name}. Share it (defineRemoteConfig from @bas/federation does).`,
    );
  }
  for (const shared of manifest.shared) {
    const provided =
      kit.singletons[
        shared.name
          .split('/')
          .slice(0, shared.name.startsWith('@') ? 2 : 1)
          .join('/')
      ];
    if (
      provided !== undefined &&
      shared.requiredVersion !== undefined &&
      !semver.satisfies(provided, shared.requiredVersion)
    ) {
      problems.push(
        `The build requires ${shared.name} ${shared.requiredVersion}; the shell provides ${provided}. Rebuild against ${provided}.`,
      );
    }
  }
  if (unshared.length === 0 && used.length > 0) passed.push(`shares ${used.join(', ')} with the shell`);

  // The budget is what opening the app costs; parts behind import() load when someone needs them (a map, say).
  const files = new Set(['remoteEntry.js']);
  const onDemand = new Set<string>();
  for (const expose of manifest.exposes) {
    expose.assets.js.sync.forEach((file) => files.add(file));
    expose.assets.js.async.forEach((file) => onDemand.add(file));
  }
  for (const file of files) onDemand.delete(file);
  const gzipBytes = (names: Set<string>) =>
    [...names].reduce((total, file) => {
      const path = join(dir, 'dist', file);
      return existsSync(path) ? total + gzipSync(readFileSync(path)).length : total;
    }, 0);
  const ownBytes = gzipBytes(files);
  const later =
    onDemand.size === 0 ? '' : `, and ${kb(gzipBytes(onDemand))} in ${onDemand.size} loaded on demand`;
  const budget = (packageJson.bas?.budgetKb ?? 100) * 1024;
  const line = `own JavaScript ${kb(ownBytes)} gzip in ${files.size} files to open the app (budget ${kb(budget)})${later}`;
  if (ownBytes <= budget) passed.push(line);
  else {
    problems.push(
      `${line}: over budget. Load rarely used parts with import(), drop heavy libraries, or raise "bas": { "budgetKb" } in package.json with a reason.`,
    );
  }
  return { passed, problems, ownBytes, entry, existingApp };
}
