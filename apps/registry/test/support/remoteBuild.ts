/**
 * A small ES-module remote as the federation plugin writes it, its files base64-encoded as an upload carries them:
 * manifest, entry (over 1 KB, so it is stored compressed too), the exposed module's chunk.
 */
export function remoteBuild(overrides: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'mf-manifest.json': JSON.stringify({
      id: 'antrean',
      name: 'antrean',
      metaData: { remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' }, publicPath: 'auto' },
      shared: [],
      exposes: [
        {
          path: './App',
          assets: { js: { sync: ['assets/App-1a2b.js'], async: [] }, css: { sync: [], async: [] } },
        },
      ],
    }),
    'remoteEntry.js': `export const get = () => import('./assets/App-1a2b.js');\n${'// padding\n'.repeat(200)}`,
    'assets/App-1a2b.js':
      'export const mount = (element) => { element.textContent = "Antrean"; return () => {}; };\n',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path, Buffer.from(text).toString('base64')]),
  );
}
