import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the auth frame's build is (`apps/auth-frame/dist`), found through its package. */
export const authFrameBuild = {
  dir: join(dirname(createRequire(import.meta.url).resolve('@bas/auth-frame/package.json')), 'dist'),
};
