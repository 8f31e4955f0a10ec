import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { CliError } from '../CliError.ts';
import { harnessPlugin } from '../harness/harnessPlugin.ts';
import { harnessRoles, type HarnessRole } from '../harness/harnessUsers.ts';

/** `bas-remote dev`: the remote in the development harness, with hot reload. Runs until interrupted. */
export async function dev(dir: string, options: { role: string; port?: string | undefined }): Promise<void> {
  if (!harnessRoles.includes(options.role as HarnessRole)) {
    throw new CliError(`--role must be one of ${harnessRoles.join(', ')}, not "${options.role}".`);
  }
  // The remote's own Vite config, without the federation plugin (see defineRemoteConfig): the harness imports the
  // exposed module directly.
  process.env.BAS_HARNESS = '1';
  const server = await createServer({
    root: dir,
    plugins: [harnessPlugin({ dir, role: options.role as HarnessRole })],
    ...(options.port === undefined ? {} : { server: { port: Number(options.port), strictPort: true } }),
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    const message = (error as Error).message;
    if (!message.includes('already in use')) throw error;
    throw new CliError(`${message}: stop what runs there, or pick another with --port.`);
  }
  const url = server.resolvedUrls?.local[0] ?? '';
  const entry = JSON.parse(readFileSync(`${dir}/bas-remote.json`, 'utf8')) as { route: string };
  console.log(`Harness: ${url}layanan/${entry.route} (signed in as ${options.role}; switch in the header)`);
  console.log(`Standalone page: ${url}index.html`);
}
