import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nationalCatalog } from '@bas/manifest/seed';
import { buildRegistry, loadRegistryConfig } from '@bas/registry';
import { serveStaticFile } from './serveStaticFile.ts';

/**
 * A server in a process of its own, forked by `startApart`: `registry <entries>` (the registry as deployed, on
 * SQLite, seeded with a national catalog of that many entries) or `static <file>` (sirv serving the file and its
 * compressed copies). It sends its URL once it answers, and its own CPU time whenever it is asked: the figure is then
 * what that server spent, not what the benchmark's other servers did meanwhile.
 */
const [kind, argument = ''] = process.argv.slice(2);

async function start(): Promise<{ url: string; close(): Promise<void> }> {
  if (kind === 'static') return serveStaticFile(argument);
  if (kind !== 'registry')
    throw new Error(`serveApart: "${String(kind)}" is not a server it knows (registry, static).`);
  const registry = await buildRegistry({
    ...loadRegistryConfig({
      BAS_ENVIRONMENT: 'development',
      BAS_DATA_DIR: mkdtempSync(join(tmpdir(), 'bas-apart-')),
    }),
    seed: nationalCatalog({ count: Number(argument) }),
  });
  const address = await registry.app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, close: () => registry.close() };
}

const server = await start();
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'close') void server.close().then(() => process.exit(0));
});
process.send?.({ url: server.url });
