import { existsSync } from 'node:fs';
import { portalSites } from './portalSites.ts';
import { startPortal } from './startPortal.ts';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name] ?? String(fallback);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_000) {
    throw new Error(`${name}="${raw}" is not a port number; use a whole number between 1 and 65000.`);
  }
  return port;
}

for (const dir of [portalSites.shellDir, ...portalSites.remotes.map((remote) => remote.dir)]) {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build first (npm start does).`);
}

const gateway = await startPortal({
  host: process.env.BAS_HOST ?? '127.0.0.1',
  port: portFromEnv('BAS_PORT', 4100),
  remotesPort: portFromEnv('BAS_REMOTES_PORT', 4101),
});

// Announce the URL only once the portal and its catalog really answer.
const probe = await fetch(new URL('/api/manifest', gateway.url));
if (!probe.ok)
  throw new Error(`The portal at ${gateway.url} answered HTTP ${probe.status} to its own check.`);
console.log(`BAS portal: ${gateway.url}`);
console.log(
  `  registry: ${gateway.url}api/manifest (${gateway.registry.engine}: ${gateway.registry.location})`,
);
for (const [name, origin] of gateway.remoteOrigins) console.log(`  remote ${name}: ${origin}/`);

const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
