import type { IntegrityIndex } from './integrityIndex.ts';

/** What a catalog entry's opening file may be: a script of the build, relative to its `mf-manifest.json`. */
export const openingFilePath = /^(?!.*\.\.)[A-Za-z0-9_@+][A-Za-z0-9_@+./-]{0,199}(?<!\/)\.m?js$/;

/** How many opening files an entry may name; a build with more loads the rest as the app asks for them. */
export const openingFilesLimit = 30;

/** A file an app's opening loads, relative to its `mf-manifest.json`, with the SRI hash its build index gives it. */
export interface OpeningFile {
  path: string;
  integrity: string;
}

interface FederationManifest {
  metaData?: { remoteEntry?: { name?: unknown; path?: unknown } };
  exposes?: { assets?: { js?: { sync?: unknown } } }[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The files opening the app fetches before any of it runs: its remote entry and the chunks its exposed modules
 * import at once, as the build's `mf-manifest.json` lists them, each with its hash from the build's index. The
 * catalog entry carries them so that the portal fetches them at the first sign of intent, beside the index and the
 * manifest rather than after them (decisions/0043). Undefined (the entry opens as without) for a build without a
 * federation manifest, one that names a file its index does not pin, or one whose list an entry could not carry.
 */
export function openingFilesOf(
  files: ReadonlyMap<string, Uint8Array>,
  index: IntegrityIndex,
): OpeningFile[] | undefined {
  const manifestBytes = files.get('mf-manifest.json');
  if (manifestBytes === undefined) return undefined;
  let manifest: FederationManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as FederationManifest;
  } catch {
    return undefined;
  }
  const entry = manifest.metaData?.remoteEntry;
  const entryPath = [entry?.path, entry?.name]
    .filter((part) => typeof part === 'string' && part !== '')
    .join('/');
  const paths = [
    entryPath,
    ...(manifest.exposes ?? []).flatMap((exposed) => strings(exposed.assets?.js?.sync)),
  ];
  // As the runtime resolves them against the manifest's folder: `./a.js`, `assets//a.js` and `assets/a.js` alike.
  const unique = [...new Set(paths.map((path) => path.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/')))];
  const carried = (path: string) => openingFilePath.test(path) && index.files[path] !== undefined;
  if (unique.length > openingFilesLimit || !unique.every(carried)) return undefined;
  return unique.map((path) => ({ path, integrity: index.files[path] as string }));
}
