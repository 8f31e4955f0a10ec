import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { upgradeEntry } from '@bas/manifest';
import { writeIntegrityIndex } from '@bas/manifest/integrity';
import { CliError } from '../CliError.ts';

export interface PreparedEntry {
  /** The entry as it will be published: bas-remote.json with the build's pin (integrity, opening files) and address. */
  entry: Record<string, unknown>;
  /** Loopback addresses are a development portal's; everything else must meet production's rules. */
  environment: 'production' | 'development';
}

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) throw new CliError(`${file} is missing: ${what}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON (${(error as Error).message}): fix it and run again.`);
  }
}

/**
 * The catalog entry of the remote in `dir` as it will be published: `bas-remote.json` with package.json's version,
 * pointed at `entryUrl`
 * when given (where `dist/` is served), pinned to the build: `dist/bas-integrity.json` is written (every file's
 * hash, served with the build), the entry's `integrity` is the hash of that index, and its `openingFiles` the files
 * an opening loads first.
 */
export function prepareEntry(
  dir: string,
  options: { entryUrl?: string | undefined; registry?: string | undefined } = {},
): PreparedEntry {
  const declared = readJson(
    join(dir, 'bas-remote.json'),
    "it is the app's catalog entry; run the command in the remote's folder, or scaffold one with `bas-remote create`.",
  );
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    throw new CliError(`${join(dir, 'bas-remote.json')} must hold one JSON object: the app's catalog entry.`);
  }
  const upgraded = upgradeEntry(declared);
  for (const warning of upgraded.warnings) console.warn(`warning: ${warning}`);
  const entry = { ...(upgraded.entry as Record<string, unknown>) };
  // One version, package.json's, as npm users expect (`npm version minor`); bas-remote.json holds the rest.
  const { version } = readJson(join(dir, 'package.json'), "run the command in the remote's folder.") as {
    version?: unknown;
  };
  if (typeof version !== 'string') {
    throw new CliError(`${join(dir, 'package.json')} has no "version": set one, like "0.1.0".`);
  }
  if (entry.version !== undefined && entry.version !== version) {
    throw new CliError(
      `bas-remote.json says version ${String(entry.version)}, package.json says ${version}: the version is package.json's. Remove "version" from bas-remote.json.`,
    );
  }
  entry.version = version;
  if (options.entryUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.entryUrl);
    } catch {
      throw new CliError(
        `--entry-url "${options.entryUrl}" is not a URL; give where dist/ is served, like https://apps.kotabogor.go.id/layanan-saya/`,
      );
    }
    const base = url.pathname.endsWith('.json')
      ? new URL('./', url)
      : new URL(url.pathname.endsWith('/') ? url : `${url.href}/`);
    entry.manifestUrl = new URL('mf-manifest.json', base).href;
    entry.standaloneUrl = base.href;
  }
  // Only ever the build's own: a list left in bas-remote.json would name files of another build.
  delete entry.openingFiles;
  if (existsSync(join(dir, 'dist', 'mf-manifest.json')))
    Object.assign(entry, writeIntegrityIndex(join(dir, 'dist')));
  // An uploaded build is served by the portal it goes to: a portal on this machine is a development one. A build the
  // agency serves is judged by where it is served.
  const uploadedTo = options.entryUrl === undefined ? options.registry : undefined;
  const where = uploadedTo ?? (typeof entry.manifestUrl === 'string' ? entry.manifestUrl : '');
  const host = URL.canParse(where) ? new URL(where).hostname : '';
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  return { entry, environment: loopback ? 'development' : 'production' };
}
