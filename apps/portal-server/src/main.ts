import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listen } from '@bas/server-kit';
import { createPortalServer } from './createPortalServer.ts';
import { loadPortalServerConfig } from './loadPortalServerConfig.ts';
import { fetchManifestSource } from './ManifestSource.ts';
import { shellBuild } from './shellBuild.ts';

// The portal server on its own, as production runs it: the registry is another server behind the same load
// balancer (which routes /api/ to it), and sign-in is a real Keycloak.
const config = loadPortalServerConfig(process.env);
if (!existsSync(join(shellBuild.dir, 'index.html'))) {
  throw new Error(
    `The shell's build is missing at ${shellBuild.dir}: run \`pnpm run build\` first (npm start does).`,
  );
}
const server = createPortalServer({
  shellDir: shellBuild.dir,
  shellConfig: config.shellConfig,
  renderHome: await shellBuild.loadRenderer(),
  manifest: fetchManifestSource(config.registryUrl),
});
console.log(
  `BAS portal server: ${await listen(server, config.host, config.port)}/ (registry ${config.registryUrl})`,
);
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
