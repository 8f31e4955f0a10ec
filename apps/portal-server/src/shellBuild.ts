import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the shell's build is, found through its package: the files this server sends and its page renderer. */
export const shellBuild = {
  dir: join(dirname(createRequire(import.meta.url).resolve('@bas/shell/package.json')), 'dist'),
  loadRenderer: async () => (await import('@bas/shell/server')).renderHomePage,
};
