import { existsSync } from 'node:fs';
import { closeOnSignals, closeServer, listen } from '@bas/server-kit';
import { authFrameBuild } from './authFrameBuild.ts';
import {
  createAuthServer,
  fetchPersonalManifest,
  fetchPersonRequests,
  fetchTelemetry,
} from './createAuthServer.ts';
import { createPortalServer } from './createPortalServer.ts';
import { createTokenExchange } from './createTokenExchange.ts';
import { loadPortalServerConfig } from './loadPortalServerConfig.ts';
import { fetchManifestSource } from './ManifestSource.ts';
import { fetchCatalogSources } from './CatalogSources.ts';
import { fetchStatusSource } from './StatusSource.ts';
import { shellBuild } from './shellBuild.ts';

// The portal server on its own, as production runs it: the registry is another server behind the same load
// balancer (which routes /api/ to it), sign-in is a real Keycloak, and the auth origin (its own host name behind the
// load balancer) is served from a second port of this process.
const config = loadPortalServerConfig(process.env);
for (const [what, dir] of [
  ['shell', shellBuild.dir],
  ['auth frame', authFrameBuild.dir],
] as const) {
  if (!existsSync(dir))
    throw new Error(`The ${what}'s build is missing at ${dir}: run \`pnpm run build\` first.`);
}
const server = createPortalServer({
  shellDir: shellBuild.dir,
  shellConfig: config.shellConfig,
  renderHome: await shellBuild.loadRenderer(),
  manifest: fetchManifestSource(config.registryUrl),
  catalogSources: fetchCatalogSources(config.registryUrl),
  status: fetchStatusSource(config.registryUrl),
  https: config.https,
});
console.log(
  `BAS portal server: ${await listen(server, config.host, config.port)}/ (registry ${config.registryUrl})`,
);
const auth = config.authOrigin;
const authServer =
  auth === undefined
    ? undefined
    : createAuthServer({
        frameDir: authFrameBuild.dir,
        auth: auth.idp,
        portalOrigins: [auth.portalOrigin],
        exchange: createTokenExchange({
          tokenUrl: `${auth.idp.url}/realms/${auth.idp.realm}/protocol/openid-connect/token`,
          ...auth.exchangeClient,
        }),
        personalManifest: fetchPersonalManifest(config.registryUrl),
        personRequests: fetchPersonRequests(config.registryUrl),
        telemetry: fetchTelemetry(config.registryUrl),
      });
if (auth !== undefined && authServer !== undefined) {
  console.log(`BAS auth origin: ${await listen(authServer, config.host, auth.port)} (public ${auth.origin})`);
}
closeOnSignals(
  () => Promise.all([closeServer(server), ...(authServer === undefined ? [] : [closeServer(authServer)])]),
  { name: 'BAS portal server' },
);
