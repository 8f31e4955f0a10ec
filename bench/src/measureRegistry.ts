import { createServer } from 'node:http';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import sirv from 'sirv';

export interface Load {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /**
   * This process's CPU time (every thread: the server's event loop, compression, garbage collection) per request
   * answered: what serving one request costs the server, whatever the load generator manages to ask.
   */
  serverCpuMsPerRequest: number;
}

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * A load generator on loopback for `seconds`, in a process of its own so it does not share an event loop with the
 * portal it measures: requests per second, latency, and the CPU this process (the server) spent per request.
 */
export async function load(url: string, headers: Record<string, string>, seconds = 5): Promise<Load> {
  const args = [autocannonBin, '--connections', '20', '--duration', String(seconds), '--json'];
  for (const [name, value] of Object.entries(headers)) args.push('--headers', `${name}=${value}`);
  const cpuBefore = process.cpuUsage();
  // Asynchronously: the portal under test answers from this very process.
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], { maxBuffer: 16 * 2 ** 20 });
  const cpu = process.cpuUsage(cpuBefore);
  const result = JSON.parse(stdout) as {
    non2xx: number;
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
  };
  if (result.non2xx > 0 && headers['if-none-match'] === undefined) {
    throw new Error(`${url} answered ${result.non2xx} requests with an error status`);
  }
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / result.requests.total,
  };
}

/**
 * `servedUrl` and `fileUrl` each loaded `runs` times, side by side: a run loads both, in turns that alternate from
 * run to run, so a busy moment of the machine (the registry's periodic full read, a probe round, the other
 * process's garbage collection) falls on both alike and each run's ratio compares like with like.
 */
export async function loadSideBySide(
  runs: number,
  servedUrl: string,
  fileUrl: string,
  headers: Record<string, string>,
): Promise<{ served: Load[]; fromFile: Load[] }> {
  const served: Load[] = [];
  const fromFile: Load[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      served.push(await load(servedUrl, headers));
      fromFile.push(await load(fileUrl, headers));
    } else {
      fromFile.push(await load(fileUrl, headers));
      served.push(await load(servedUrl, headers));
    }
  }
  return { served, fromFile };
}

/**
 * How many times cheaper the served answer is than the static file's, run by run: the static file's server CPU per
 * request over the served one's. Requests per second would compare the load generator instead once the bodies are
 * large (decisions/0039).
 */
export function cheaperThanStatic(served: readonly Load[], fromFile: readonly Load[]): number[] {
  return served.map(
    (run, index) => (fromFile[index]?.serverCpuMsPerRequest ?? Number.NaN) / run.serverCpuMsPerRequest,
  );
}

/** The same manifest as a static file, compressed ahead (gzip, brotli), served by sirv on this machine: the comparison. */
export async function serveStaticManifest(
  dir: string,
  json: Buffer,
): Promise<{ url: string; close(): void }> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), json);
  writeFileSync(join(dir, 'manifest.json.gz'), gzipSync(json, { level: 9 }));
  writeFileSync(join(dir, 'manifest.json.br'), brotliCompressSync(json));
  const files = sirv(dir, { gzip: true, brotli: true, etag: true, dev: false });
  const server = createServer((request, response) => files(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/manifest.json`, close: () => server.close() };
}
