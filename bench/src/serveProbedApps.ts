import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { createIntegrityIndex, integrityIndexName, readBuildFiles } from '@bas/manifest/integrity';

export interface ProbedApps {
  /** `http://127.0.0.1:<port>`: `/<folder>/mf-manifest.json` is the build's manifest, `/<folder>/` its page. */
  origin: string;
  /** The `integrity` of the served build, which every federated entry carries. */
  integrity: string;
}

/**
 * One loopback server answering for any number of apps, each under a folder of its own: the remote build in `dir`
 * (its `mf-manifest.json`, remote entry and the rest) with its `bas-integrity.json` made afresh from the files, and
 * its `index.html` at the folder itself, for iframe and link apps. The folder name is not checked: any answers.
 */
export async function serveProbedApps(dir: string): Promise<ProbedApps & { close(): void }> {
  const files = readBuildFiles(dir);
  const { bytes, integrity } = createIntegrityIndex(files);
  files.set(integrityIndexName, bytes);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://probed.test').pathname.split('/').slice(2).join('/');
    const body = files.get(path === '' ? 'index.html' : path);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, integrity, close: () => server.close() };
}

/**
 * serveProbedApps in a child process, so the monitor measured in this one shares its event loop with nothing that
 * answers it, as in production where the apps live on other machines. The child ends when `close` ends its input,
 * or when this process dies.
 */
export async function serveProbedAppsApart(dir: string): Promise<ProbedApps & { close(): void }> {
  const child = spawn(
    process.execPath,
    [
      // This process's own flags (a loader that runs TypeScript, when it has one), then this module.
      ...process.execArgv,
      '--input-type=module',
      '--eval',
      `import { serveProbedApps } from ${JSON.stringify(import.meta.url)};
const apps = await serveProbedApps(process.argv[1]);
console.log(JSON.stringify({ origin: apps.origin, integrity: apps.integrity }));
process.stdin.on('end', () => process.exit(0)).resume();`,
      dir,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  // Settles, never rejects: it loses the race when the child listens, and ends when the child does.
  const exited = once(child, 'exit').then(
    ([code]) => `exit code ${String(code)}`,
    (error: unknown) => String(error),
  );
  const first = await Promise.race([once(lines, 'line').then(([line]) => ({ line: String(line) })), exited]);
  lines.close();
  if (typeof first === 'string') {
    throw new Error(
      `The server of the probed apps stopped (${first}) before it listened; its error is above. Check that ${dir} holds a remote's build (pnpm run build).`,
    );
  }
  return { ...(JSON.parse(first.line) as ProbedApps), close: () => child.stdin.end() };
}
