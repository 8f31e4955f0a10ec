import { existsSync } from 'node:fs';
import { consoleBuild, shellBuild } from '@bas/portal-server';
import { closeOnSignals } from '@bas/server-kit';
import { sampleApps, sampleDir } from './sampleSites.ts';
import { startDevStack } from './startDevStack.ts';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name] ?? String(fallback);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_000) {
    throw new Error(`${name}="${raw}" is not a port number; use a whole number between 1 and 65000.`);
  }
  return port;
}

/** A real Keycloak when BAS_AUTH_URL is set; otherwise the embedded dev identity provider. */
function authFromEnv() {
  const url = process.env.BAS_AUTH_URL;
  if (url === undefined || url === '') return undefined;
  return {
    url: url.replace(/\/$/, ''),
    realm: process.env.BAS_AUTH_REALM ?? 'bas',
    clientId: process.env.BAS_AUTH_CLIENT_ID ?? 'bas-shell',
  };
}

for (const dir of [
  shellBuild.dir,
  consoleBuild.dir,
  ...sampleApps.flatMap((app) => (app.kind === 'federated' ? [sampleDir(app.id)] : [])),
]) {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build first (npm start does).`);
}

const auth = authFromEnv();
const portal = await startDevStack({
  host: process.env.BAS_HOST ?? '127.0.0.1',
  port: portFromEnv('BAS_PORT', 4100),
  authPort: portFromEnv('BAS_AUTH_FRAME_PORT', 4110),
  consolePort: portFromEnv('BAS_CONSOLE_PORT', 4130),
  remotesPort: portFromEnv('BAS_REMOTES_PORT', 4101),
  devIdpPort: portFromEnv('BAS_DEV_IDP_PORT', 4180),
  ...(auth === undefined ? {} : { auth }),
});

// Announce the URL only once the portal and its catalog really answer.
const probe = await fetch(new URL('/api/manifest', portal.url));
if (!probe.ok) throw new Error(`The portal at ${portal.url} answered HTTP ${probe.status} to its own check.`);
console.log(`BAS portal: ${portal.url}`);
console.log(`  registry: ${portal.url}api/manifest (${portal.registry.engine}: ${portal.registry.location})`);
console.log(
  `  sign-in: ${portal.auth.issuer}${auth === undefined ? ' (embedded dev identity provider)' : ''}`,
);
console.log(`  auth frame: ${portal.authOrigin}/frame.html (tokens live here, never in the portal page)`);
console.log(`BAS console: ${portal.consoleOrigin}/ (Pusat Kendali: sign in as admin or dev.disdukcapil)`);
for (const [name, origin] of portal.remoteOrigins) console.log(`  remote ${name}: ${origin}/`);

closeOnSignals(() => portal.close(), { name: 'BAS dev stack' });
