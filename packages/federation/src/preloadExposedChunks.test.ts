import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remotesDir, staticImports, viteRemotes } from './builtRemotes.fixture.ts';

interface Manifest {
  shared: { assets: { js: { async: string[] } } }[];
  exposes: { path: string; assets: { js: { sync: string[]; async: string[] } } }[];
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
