import { listen } from '@bas/server-kit';
import { createPortalServer } from './createPortalServer.ts';
import { loadPortalServerConfig } from './loadPortalServerConfig.ts';
import { fetchManifestSource } from './ManifestSource.ts';
import { shellBuild } from './shellBuild.ts';

// The portal server on its own, as production runs it: the registry is another server behind the same load
// balancer (which routes /api/ to it), and sign-in is a real Keycloak.
const config = loadPortalServerConfig(process.env);
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
