import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The sample remotes built with defineRemoteConfig (npm test builds every package before its unit tests); the rspack
// sample has a manifest of its own making.
const remotesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/remotes');
// Vite writes its own manifest beside the build; rspack does not.
const viteRemotes = readdirSync(remotesDir).filter((name) =>
  existsSync(join(remotesDir, name, 'dist/.vite/manifest.json')),
);

interface Manifest {
  shared: { assets: { js: { async: string[] } } }[];
  exposes: { path: string; assets: { js: { sync: string[]; async: string[] } } }[];
}

/** `file` and every file it imports statically, transitively, as the browser finds them in the built modules. */
function staticImports(dist: string, file: string, found = new Set<string>()): Set<string> {
  if (found.has(file)) return found;
  found.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) {
    staticImports(dist, join(dirname(file), imported ?? ''), found);
  }
  return found;
}

describe('preloadExposedChunks', () => {
  it('builds remotes of the vite samples', () => {
    expect(viteRemotes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(viteRemotes)(
    '%s: the manifest lists every file its exposed module needs when it loads, fetched together with remoteEntry.js',
    (name) => {
      const dist = join(remotesDir, name, 'dist');
      const manifest = JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as Manifest;
      const remoteEntry = readFileSync(join(dist, 'remoteEntry.js'), 'utf8');
      for (const expose of manifest.exposes) {
        // remoteEntry.js loads the exposed module with a dynamic import of its chunk.
        const loader = new RegExp(
          `"${expose.path.replaceAll('.', '\\.')}":async\\(\\)=>\\{.*?import\\(\`\\./([^\`]+)\``,
          's',
        );
        const chunk = loader.exec(remoteEntry)?.[1];
        expect(chunk, `remoteEntry.js of ${name} loads ${expose.path}`).toBeDefined();
        const needed = [...staticImports(dist, chunk ?? '')];
        expect(needed.filter((file) => !expose.assets.js.sync.includes(file))).toEqual([]);
        expect(expose.assets.js.async.filter((file) => expose.assets.js.sync.includes(file))).toEqual([]);
        // Nothing the remote loads only without the shell (its own copies of React and the other shared packages).
        const fallbacks = manifest.shared.flatMap((shared) => shared.assets.js.async);
        expect(
          expose.assets.js.sync.filter((file) => fallbacks.includes(file) && !needed.includes(file)),
        ).toEqual([]);
      }
    },
  );
});
