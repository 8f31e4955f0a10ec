import { existsSync, readFileSync } from 'node:fs';
import { portalSites } from './portalSites.ts';
import { startGateway } from './startGateway.ts';

function portFromEnv(): number {
  const raw = process.env.BAS_PORT ?? '4100';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_000) {
    throw new Error(`BAS_PORT="${raw}" is not a port number; use a whole number between 1 and 65000.`);
  }
  return port;
}

for (const dir of [portalSites.shellDir, ...portalSites.remotes.map((remote) => remote.dir)]) {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build first (npm start does).`);
}

const gateway = await startGateway({
  host: process.env.BAS_HOST ?? '127.0.0.1',
  port: portFromEnv(),
  shellDir: portalSites.shellDir,
  remotes: portalSites.remotes,
  manifest: JSON.parse(readFileSync(portalSites.manifestFile, 'utf8')) as unknown,
});

// Announce the URL only once the portal really answers.
const probe = await fetch(gateway.url);
if (!probe.ok)
  throw new Error(`The portal at ${gateway.url} answered HTTP ${probe.status} to its own check.`);
console.log(`BAS portal: ${gateway.url}`);
for (const [name, origin] of gateway.remoteOrigins) console.log(`  remote ${name}: ${origin}/`);

const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
