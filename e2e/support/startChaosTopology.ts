import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devOverlayFile } from '@bas/dev-stack';
import { startCommand } from './runCommand.ts';
import { closedPort, startHangingServer } from './testServers.ts';
import { fillDisk } from './fillDisk.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ChaosTopology {
  /** The front door people use, with a trailing `/`. */
  url: string;
  /** The registry's own address (for writes and their checks, bypassing the front door). */
  registryUrl: string;
  /** The registry's SQLite database file (unused when it runs on PostgreSQL). */
  databaseFile: string;
  /** The registry's data folder filled to the last byte, and emptied again; only with `diskMegabytes`. */
  disk?: { fill(): void; free(): void };
  registry: {
    /** SIGKILL: no shutdown, no flush, like a crashed process or a lost machine. */
    kill(): Promise<void>;
    /** SIGTERM and wait for the exit, as an orchestrator stops a process. */
    stop(): Promise<number | null>;
    start(): Promise<void>;
    /** In its place, a server that accepts connections and never answers. */
    hang(): Promise<void>;
    output(): string;
  };
  close(): Promise<void>;
}

export interface IdentityProvider {
  url: string;
  realm: string;
  portalClientSecret: string;
}

/** The suite's dev IdP (started by the global setup), with the portal client's secret from its overlay. */
export function suiteIdentityProvider(): IdentityProvider {
  const overlay = JSON.parse(readFileSync(devOverlayFile, 'utf8')) as {
    clients: Array<{ clientId: string; secret?: string }>;
  };
  return {
    url: process.env.BAS_E2E_DEV_IDP ?? '',
    realm: 'bas',
    portalClientSecret: overlay.clients.find((client) => client.clientId === 'bas-portal')?.secret ?? '',
  };
}

export interface ChaosTopologyOptions {
  /** The registry on this PostgreSQL database instead of SQLite in its data folder. */
  databaseUrl?: string;
  /** The registry's data folder on a tmpfs of this many megabytes, which a test can fill (mounting needs root). */
  diskMegabytes?: number;
}

/**
 * The portal as production runs it, in separate processes: the registry (`apps/registry/dist/main.js`, SQLite in a
 * fresh folder or the given PostgreSQL, the seed catalog) and the portal server (`apps/portal-server/dist/main.js`),
 * behind a front door that routes `/api/` to the registry as the city's load balancer does. The registry can then be
 * killed, stopped, restarted and replaced by one that hangs while the browser watches. People sign in at `idp` (the
 * suite's dev IdP), whose tokens also make the writes that are counted before and after.
 */
export async function startChaosTopology(
  idp: IdentityProvider,
  options: ChaosTopologyOptions = {},
): Promise<ChaosTopology> {
  const issuer = `${idp.url}/realms/${idp.realm}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-chaos-'));
  if (options.diskMegabytes !== undefined)
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${options.diskMegabytes}m`, 'bas-chaos', dataDir]);
  const [registryPort, assetPort, portalPort] = [await closedPort(), await closedPort(), await closedPort()];
  const registryUrl = `http://127.0.0.1:${registryPort}`;
  let registry: Awaited<ReturnType<typeof startCommand>> | undefined;
  let hanging: Awaited<ReturnType<typeof startHangingServer>> | undefined;
  let log = '';
  const startRegistry = async () => {
    registry = await startCommand('node', ['apps/registry/dist/main.js'], {
      cwd: root,
      env: {
        REGISTRY_PORT: String(registryPort),
        BAS_ASSET_PORT: String(assetPort),
        BAS_DATA_DIR: dataDir,
        BAS_SEED: 'true',
        // The seed's entries carry no integrity pins (the development stack computes them from its builds).
        BAS_ENVIRONMENT: 'development',
        OIDC_ISSUER: issuer,
        // The front door says who the client is; telemetry's rate limit is per client.
        BAS_TRUST_PROXY: '127.0.0.1',
        ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
      },
      ready: /BAS remote assets on/,
    });
  };
  const keepLog = () => (log += registry?.output() ?? '');
  await startRegistry();
  const front = createFrontDoor(registryPort, portalPort);
  const frontPort = await closedPort();
  await new Promise<void>((resolve) => front.listen(frontPort, '127.0.0.1', resolve));
  const portal = await startCommand('node', ['apps/portal-server/dist/main.js'], {
    cwd: root,
    env: {
      BAS_PORT: String(portalPort),
      BAS_PUBLIC_ORIGIN: `http://127.0.0.1:${frontPort}`,
      BAS_REGISTRY_URL: registryUrl,
      BAS_ASSET_ORIGIN: `http://127.0.0.1:${assetPort}`,
      BAS_AUTH_URL: idp.url,
      BAS_AUTH_REALM: idp.realm,
      // The realm lets this port's auth frame sign people in (next to the other test portals' 4210 and 4211).
      BAS_AUTH_FRAME_PORT: '4212',
      BAS_PORTAL_CLIENT_SECRET: idp.portalClientSecret,
    },
    ready: /BAS auth origin: /,
  });
  const stopped = async (signal: NodeJS.Signals) => {
    const running = registry;
    registry = undefined;
    if (running === undefined) return null;
    keepLog();
    if (running.child.pid !== undefined) process.kill(-running.child.pid, signal);
    return running.exited;
  };
  return {
    url: `http://127.0.0.1:${frontPort}/`,
    registryUrl,
    databaseFile: join(dataDir, 'registry.sqlite'),
    ...(options.diskMegabytes === undefined ? {} : { disk: fillDisk(dataDir) }),
    registry: {
      kill: async () => void (await stopped('SIGKILL')),
      stop: () => stopped('SIGTERM'),
      start: async () => {
        await hanging?.close();
        hanging = undefined;
        await startRegistry();
      },
      hang: async () => {
        await stopped('SIGKILL');
        hanging = await startHangingServer(registryPort);
      },
      output: () => log + (registry?.output() ?? ''),
    },
    close: async () => {
      await stopped('SIGTERM');
      await hanging?.close();
      portal.stop();
      await portal.exited;
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      if (options.diskMegabytes !== undefined) execFileSync('umount', [dataDir]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The load balancer: `/api/` to the registry, the rest to the portal server. An upstream that refuses the connection
 * gets 502, as from a real one; one that hangs is waited for, so the portal's own timeouts are what is tested. It
 * names the client in `X-Forwarded-For`, replacing what the client sent, so a client cannot choose who it is.
 */
function createFrontDoor(registryPort: number, portalPort: number): Server {
  return createServer((incoming, outgoing) => {
    const port = incoming.url?.startsWith('/api/') === true ? registryPort : portalPort;
    const headers = { ...incoming.headers, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' };
    const upstream = forward(
      { host: '127.0.0.1', port, path: incoming.url, method: incoming.method, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      if (outgoing.headersSent) return void outgoing.destroy();
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('502 Bad Gateway');
    });
    incoming.pipe(upstream);
  });
}
