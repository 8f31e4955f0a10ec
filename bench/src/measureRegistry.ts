import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

export interface Load {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /**
   * The server's CPU time (every thread of its process: the event loop, compression, garbage collection) per
   * request answered: what serving one request costs the server, whatever the load generator manages to ask.
   */
  serverCpuMsPerRequest: number;
}

/** A server under load: where it answers, and its process's CPU time so far in ms. */
export interface LoadedServer {
  url: string;
  cpuMs(): Promise<number>;
}

/** This process's CPU time so far in ms, for servers that answer from the benchmark's own process. */
export const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return Promise.resolve((user + system) / 1000);
};

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * A load generator on loopback for `seconds`, in a process of its own so it does not share an event loop with the
 * portal it measures: requests per second, latency, and the CPU the server's process spent per request (this
 * process, unless `cpuMs` reads another's).
 */
export async function load(
  url: string,
  headers: Record<string, string>,
  seconds = 5,
  cpuMs: () => Promise<number> = ownCpuMs,
): Promise<Load> {
  const args = [autocannonBin, '--connections', '20', '--duration', String(seconds), '--json'];
  for (const [name, value] of Object.entries(headers)) args.push('--headers', `${name}=${value}`);
  const cpuBefore = await cpuMs();
  // Asynchronously: the portal under test may answer from this very process.
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], { maxBuffer: 16 * 2 ** 20 });
  const cpu = (await cpuMs()) - cpuBefore;
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
    serverCpuMsPerRequest: cpu / result.requests.total,
  };
}

/**
 * `server` and `file` each loaded `runs` times, side by side: a run loads both, in turns that alternate from run to
 * run, so a busy moment of the machine (the registry's periodic full read, a probe round, the other process's
 * garbage collection) falls on both alike and each run's ratio compares like with like.
 */
export async function loadSideBySide(
  runs: number,
  server: LoadedServer,
  file: LoadedServer,
  headers: Record<string, string>,
): Promise<{ served: Load[]; fromFile: Load[] }> {
  const served: Load[] = [];
  const fromFile: Load[] = [];
  const loadServer = async () => served.push(await load(server.url, headers, 5, server.cpuMs));
  const loadFile = async () => fromFile.push(await load(file.url, headers, 5, file.cpuMs));
  for (let run = 0; run < runs; run += 1) {
    for (const next of run % 2 === 0 ? [loadServer, loadFile] : [loadFile, loadServer]) await next();
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
