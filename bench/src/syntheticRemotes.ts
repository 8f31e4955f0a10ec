import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineRemoteConfig } from '@bas/federation';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import type { BuildPin } from '@bas/manifest/integrity';
import { build } from 'vite';

export interface SyntheticRemote {
  id: string;
  /** The built files: mf-manifest.json for the portal, index.html for the iframe baseline. */
  dist: string;
}

const idOf = (index: number) => `sintetis-${String(index + 1).padStart(3, '0')}`;

function sources(id: string, index: number, entry: ManifestEntry): Record<string, string> {
  return {
    'index.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${id}</title></head><body><div id="root"></div><script type="module" src="/src/standalone.tsx"></script></body></html>`,
    'src/App.tsx': `import { useLocale } from '@bas/sdk/react';
const items = Array.from({ length: 40 }, (_, item) => 'Layanan ${index + 1}, butir ' + (item + 1));
export function App() {
  const locale = useLocale();
  return (
    <section data-synthetic-ready="${id}" lang={locale}>
      <h2>Aplikasi sintetis ${index + 1}</h2>
      <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>
    </section>
  );
}
`,
    'src/remote.tsx': `import { createReactRemote } from '@bas/sdk/react';
import { App } from './App.tsx';
export const { mount } = createReactRemote(App);
`,
    'src/standalone.tsx': `import { createStandaloneContext } from '@bas/sdk/standalone';
import { mount } from './remote.tsx';
const entry = ${JSON.stringify(entry)};
mount(document.getElementById('root')!, createStandaloneContext({ entry, basePath: '/' }));
`,
  };
}

/**
 * Writes `count` small React remotes and builds each with the project's real toolchain (Vite 8,
 * @module-federation/vite, the shell's shared singletons), each with its own container name.
 */
export async function buildSyntheticRemotes(
  workDir: string,
  count: number,
  template: FederatedEntry,
  progress: (line: string) => void,
): Promise<SyntheticRemote[]> {
  rmSync(workDir, { recursive: true, force: true });
  const remotes: SyntheticRemote[] = [];
  // Vite's build() sets NODE_ENV=production in the process that calls it. The bench then starts the development
  // stack in this same process, whose dev IdP refuses to run under NODE_ENV=production: restore what was there.
  const nodeEnv = process.env.NODE_ENV;
  for (let index = 0; index < count; index += 1) {
    const id = idOf(index);
    const dir = join(workDir, id);
    const entry = syntheticEntry(template, index, 'http://127.0.0.1', undefined);
    for (const [file, content] of Object.entries(sources(id, index, entry))) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    await build({
      ...defineRemoteConfig({ appId: id, dir, port: 0 }),
      root: dir,
      configFile: false,
      logLevel: 'silent',
    });
    remotes.push({ id, dist: join(dir, 'dist') });
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    if ((index + 1) % 10 === 0 || index + 1 === count)
      progress(`  built ${index + 1} of ${count} synthetic remotes`);
  }
  return remotes;
}

/** The catalog entry of synthetic remote `index`, served from `origin`. */
export function syntheticEntry(
  template: FederatedEntry,
  index: number,
  origin: string,
  pin: BuildPin | undefined,
): FederatedEntry {
  const id = idOf(index);
  return {
    ...template,
    id,
    route: id,
    name: { id: `Aplikasi Sintetis ${index + 1}`, en: `Synthetic App ${index + 1}` },
    keywords: ['sintetis', 'benchmark'],
    manifestUrl: `${origin}/mf-manifest.json`,
    standaloneUrl: `${origin}/`,
    ...pin,
  };
}
