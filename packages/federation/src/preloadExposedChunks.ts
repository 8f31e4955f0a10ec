import { resolve } from 'node:path';
import { normalizePath, type Plugin, type Rolldown } from 'vite';

interface ManifestAssets {
  js: { sync: string[]; async: string[] };
}

interface FederationManifest {
  exposes?: { path: string; assets: ManifestAssets }[];
}

/** `fileNames` and every chunk they import statically, transitively, in the order they are first reached. */
function staticClosure(bundle: Rolldown.OutputBundle, fileNames: readonly string[]): string[] {
  const reached = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (reached.has(fileName) || chunk?.type !== 'chunk') return;
    reached.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const fileName of fileNames) visit(fileName);
  return [...reached];
}

/**
 * Lists, in `mf-manifest.json`, every file an exposed module needs as soon as it is loaded, among the files the host
 * fetches together when an app is opened (`exposes[].assets.js.sync`, which the federation runtime preloads beside
 * `remoteEntry.js`). `@module-federation/vite` leaves two out: the exposed module's own chunk (`remoteEntry.js`
 * imports it), and the chunk asking the host for React and the other shared packages, which it files as `async`
 * although the exposed module imports it statically. Each then cost an opening one more round trip, one after the
 * other (decisions/0035).
 */
export function preloadExposedChunks(options: { root: string; exposes: Record<string, string> }): Plugin {
  return {
    name: 'bas:preload-exposed-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['mf-manifest.json'];
        if (asset?.type !== 'asset') return;
        const manifest = JSON.parse(String(asset.source)) as FederationManifest;
        for (const expose of manifest.exposes ?? []) {
          const source = options.exposes[expose.path];
          if (source === undefined) continue;
          // The chunk remoteEntry.js imports: the one whose facade is the exposed file (named with or without its
          // extension in the config).
          const file = normalizePath(resolve(options.root, source));
          const own = Object.values(bundle).filter(
            (chunk): chunk is Rolldown.OutputChunk =>
              chunk.type === 'chunk' &&
              chunk.facadeModuleId !== null &&
              (chunk.facadeModuleId === file || chunk.facadeModuleId.replace(/\.[cm]?[jt]sx?$/, '') === file),
          );
          if (own.length === 0) {
            this.warn(
              `No chunk of ${source} (${expose.path}) was found: its chunks are not preloaded on opening.`,
            );
            continue;
          }
          const needed = staticClosure(
            bundle,
            own.map((chunk) => chunk.fileName),
          );
          const { js } = expose.assets;
          js.sync = [...new Set([...js.sync, ...needed])];
          js.async = js.async.filter((fileName) => !js.sync.includes(fileName));
        }
        asset.source = JSON.stringify(manifest);
      },
    },
  };
}
