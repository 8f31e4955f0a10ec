import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remotesDir, staticImports, viteRemotes } from './builtRemotes.fixture.ts';

describe('defineRemoteConfig', () => {
  it.each(viteRemotes)(
    "%s: remoteEntry.js needs two more files, the federation runtime glue and Vite's preload helper",
    (name) => {
      // Each is one more request on every cold opening (three more, and a seventh request to one origin, before).
      const files = [...staticImports(join(remotesDir, name, 'dist'), 'remoteEntry.js')].sort();
      expect(files).toEqual([
        expect.stringMatching(/^assets\/federation-[\w-]+\.js$/),
        expect.stringMatching(/^assets\/vite-preload-helper-[\w-]+\.js$/),
        'remoteEntry.js',
      ]);
    },
  );
});
