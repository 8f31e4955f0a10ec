import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the console's build is (`apps/console/dist`), found through its package. */
export const consoleBuild = {
  dir: join(dirname(createRequire(import.meta.url).resolve('@bas/console/package.json')), 'dist'),
};
