import { existsSync } from 'node:fs';
import { closeOnSignals, closeServer, listen } from '@bas/server-kit';
import { consoleBuild } from './consoleBuild.ts';
import { createConsoleServer } from './createConsoleServer.ts';
import { loadConsoleServerConfig } from './loadConsoleServerConfig.ts';

// Pusat Kendali's static origin on its own, as production runs it behind the city's internal load balancer, which
// routes this host's /api/ to the registry and /api/evidence/reports to the evidence service.
const config = loadConsoleServerConfig(process.env);
if (!existsSync(consoleBuild.dir))
  throw new Error(`The console's build is missing at ${consoleBuild.dir}: run \`pnpm run build\` first.`);
const server = createConsoleServer({
  consoleDir: consoleBuild.dir,
  config: config.config,
  https: config.https,
});
console.log(`BAS console: ${await listen(server, config.host, config.port)}/`);
closeOnSignals(() => closeServer(server), { name: 'BAS console' });
