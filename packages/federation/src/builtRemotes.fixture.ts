import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sample remotes built with defineRemoteConfig (npm test builds every package before its unit tests); the rspack
// sample has a manifest of its own making.
export const remotesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/remotes');
// Vite writes its own manifest beside the build; rspack does not.
export const viteRemotes = readdirSync(remotesDir).filter((name) =>
  existsSync(join(remotesDir, name, 'dist/.vite/manifest.json')),
);

/** `file` and every file it imports statically, transitively, as the browser finds them in the built modules. */
export function staticImports(dist: string, file: string, found = new Set<string>()): Set<string> {
  if (found.has(file)) return found;
  found.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) {
    staticImports(dist, join(dirname(file), imported ?? ''), found);
  }
  return found;
}
