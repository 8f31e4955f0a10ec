// After the build: records the versions a remote must match (the shell's singletons, the SDK, the toolchain) in
// dist/kit.json, and packs this repository's BAS packages into kit/ the way they would be published (pnpm pack
// rewrites workspace: and catalog: versions), so a scaffolded remote installs them like any npm package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { singletons } from '@bas/federation';

const packageDir = new URL('..', import.meta.url).pathname;
// Direct dependencies are linked into node_modules; reading package.json there works whatever a package exports.
const versionOf = (name) =>
  name === '@bas/create-remote'
    ? JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')).version
    : JSON.parse(readFileSync(`${packageDir}node_modules/${name}/package.json`, 'utf8')).version;
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const kit = {
  sdkVersion: versionOf('@bas/sdk'),
  singletons: Object.fromEntries(
    singletons.map((specifier) => [packageOf(specifier), versionOf(packageOf(specifier))]),
  ),
  packages: Object.fromEntries(
    ['@bas/sdk', '@bas/ui', '@bas/manifest', '@bas/federation', '@bas/create-remote'].map((name) => [
      name,
      versionOf(name),
    ]),
  ),
  tools: Object.fromEntries(
    [
      'vite',
      '@vitejs/plugin-react',
      '@module-federation/vite',
      'vitest',
      'happy-dom',
      'msw',
      'typescript',
      '@types/react',
      '@types/react-dom',
    ].map((name) => [name, versionOf(name)]),
  ),
};
writeFileSync(`${packageDir}dist/kit.json`, `${JSON.stringify(kit, null, 2)}\n`);

const kitDir = `${packageDir}kit`;
rmSync(kitDir, { recursive: true, force: true });
mkdirSync(kitDir);
for (const name of ['@bas/sdk', '@bas/ui', '@bas/manifest', '@bas/federation', '@bas/create-remote']) {
  execFileSync('pnpm', ['--filter', name, 'pack', '--pack-destination', kitDir], { stdio: 'ignore' });
}
console.log(`kit: ${readdirSync(kitDir).join(', ')}`);
