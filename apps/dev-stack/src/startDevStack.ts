import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startDevIdp, type DevIdp } from '@bas/dev-idp';
import type { ManifestEntry } from '@bas/manifest';
import { type BuildPin, writeIntegrityIndex } from '@bas/manifest/integrity';
import { seedCatalog } from '@bas/manifest/seed';
import {
  authFrameBuild,
  consoleBuild,
  createAuthServer,
  createConsoleServer,
  createPortalServer,
  createTokenExchange,
  readStatusBoard,
  shellBuild,
  type CatalogSources,
  type ManifestSource,
  type PersonalManifestAnswer,
  type PersonRequestsAnswer,
  type PersonRequestsCall,
  type TelemetryAnswer,
  type TelemetryCall,
} from '@bas/portal-server';
import {
  buildRegistry,
  loadMonitorConfig,
  loadRegistryConfig,
  startMonitor,
  type MonitorOptions,
  type Registry,
} from '@bas/registry';
import { createReportService } from '@bas/evidence';
import { closeServer, listen } from '@bas/server-kit';
import { checkSeedFingerprint } from './checkSeedFingerprint.ts';
import { createBearerCheck } from './createBearerCheck.ts';
import { sampleSites } from './sampleSites.ts';
import { startRemoteSites, type RemoteSite } from './startRemoteSites.ts';

/** The alert settings of the monitor's environment: its webhook and its e-mail through SMTP. */
const alertsOf = ({ alertWebhookUrl, alertSmtpUrl, alertEmailFrom, alertEmailTo }: MonitorOptions) => ({
  alertWebhookUrl,
  alertSmtpUrl,
  alertEmailFrom,
  alertEmailTo,
});

export const realmFile = fileURLToPath(new URL('../../../infra/keycloak/realm-bas.json', import.meta.url));
/** The demo users: a development overlay that only the dev IdP and the test suites load. */
export const devOverlayFile = fileURLToPath(
  new URL('../../../infra/keycloak/realm-bas.dev.json', import.meta.url),
);

export interface DevStackOptions {
  host?: string;
  port: number;
  /** The auth origin's port (the auth frame, the token exchange); the portal's port + 10 by default. */
  authPort?: number;
  /** The console's port (Pusat Kendali); the portal's port + 30 by default. */
  consolePort?: number;
  /** The first sample app's port; the others follow. 0 picks free ones. */
  remotesPort: number;
  /**
   * Where people sign in: a Keycloak (or compatible) server. Without it the stack starts the embedded dev identity
   * provider on `devIdpPort`.
   */
  auth?: { url: string; realm: string; clientId: string };
  devIdpPort?: number;
  /** Environment the registry reads its settings from (data directory, DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** More remotes to serve on origins of their own (test fixtures, the benchmark's synthetic apps). */
  extraRemotes?: readonly RemoteSite[];
  /**
   * Entries added to the seed catalog (tests add apps whose servers are down or hang), given each remote's origin
   * and what an entry carries of each served build (its integrity and opening files), by name.
   */
  extraEntries?: (
    remoteOrigins: ReadonlyMap<string, string>,
    pins: ReadonlyMap<string, BuildPin>,
  ) => ManifestEntry[];
  /** A catalog to seed instead of Kota Bogor's (the benchmark's catalogs of 10, 50 and 200 apps). */
  seed?: readonly ManifestEntry[];
  remoteTimeoutMs?: number;
  /**
   * The share of page views that report real-user monitoring: every one (1) by default, so a developer sees each
   * opening and the browser tests count exactly; the benchmark may set what production runs with.
   */
  rumSampleRate?: number;
  /**
   * The monitor that probes the catalog's apps: every 60 s, the apps served on this machine, by default; the seed's
   * other entries name the city's real addresses, which a developer's machine may not reach. Tests probe their own
   * apps faster.
   */
  monitor?: { intervalMs?: number; probes?: (entry: ManifestEntry) => boolean; alertWebhookUrl?: string };
}

export interface DevStack {
  /** The portal's address, with a trailing `/`. */
  url: string;
  /** The auth origin, where the auth frame runs. */
  authOrigin: string;
  /** The console's origin (Pusat Kendali), where operators work; it runs no agency code. */
  consoleOrigin: string;
  /** The remote-asset origin, where uploaded builds are served. */
  assetOrigin: string;
  /** Each remote's origin, by app id. */
  remoteOrigins: ReadonlyMap<string, string>;
  registry: Registry;
  /** The identity provider the shell and the registry use. */
  auth: { url: string; realm: string; clientId: string; issuer: string };
  close(): Promise<void>;
}

/** The origin of a federated entry served on this machine (the sample sites, test fixtures). */
function loopbackRemoteOrigin(entry: ManifestEntry): string[] {
  if (entry.kind !== 'federated') return [];
  const url = new URL(entry.manifestUrl);
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? [url.origin] : [];
}

/** Whether the app is served on this machine (a sample app, a test fixture). */
function servedHere(entry: ManifestEntry): boolean {
  const { hostname } = new URL(entry.kind === 'federated' ? entry.manifestUrl : entry.url);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** The anonymous manifest asked of the in-process registry, as the portal server asks a remote one over HTTP. */
function inProcessManifest(registry: Registry): ManifestSource {
  return async (etag) => {
    const answer = await registry.app.inject({
      method: 'GET',
      url: '/api/manifest',
      headers: etag === undefined ? {} : { 'if-none-match': etag },
    });
    if (answer.statusCode === 304 && etag !== undefined) return { status: 'unchanged' };
    if (answer.statusCode !== 200)
      return { status: 'unavailable', reason: `the registry answered HTTP ${answer.statusCode}` };
    return {
      status: 'changed',
      etag: String(answer.headers.etag),
      entries: answer.json<{ entries: unknown[] }>().entries,
    };
  };
}

/** The registry's catalog for the person the frame passed on the token of, asked in-process. */
function inProcessPersonalManifest(registry: Registry) {
  return async (
    authorization: string | undefined,
    etag: string | undefined,
  ): Promise<PersonalManifestAnswer> => {
    const answer = await registry.app.inject({
      method: 'GET',
      url: '/api/manifest',
      headers: {
        ...(authorization === undefined ? {} : { authorization }),
        ...(etag === undefined ? {} : { 'if-none-match': etag }),
      },
    });
    const answerTag = answer.headers.etag;
    return {
      status: answer.statusCode,
      ...(typeof answerTag === 'string' ? { etag: answerTag } : {}),
      body: answer.body,
    };
  };
}

/** The person's own requests, passed on to the in-process registry as the portal server does over HTTP. */
function inProcessPersonRequests(registry: Registry) {
  return async (call: PersonRequestsCall): Promise<PersonRequestsAnswer> => {
    const answer = await registry.app.inject({
      method: call.method,
      url: call.path,
      headers: {
        ...(call.authorization === undefined ? {} : { authorization: call.authorization }),
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { payload: call.body }),
    });
    return { status: answer.statusCode, body: answer.body };
  };
}

/** The frame's telemetry batches, passed on to the in-process registry as the portal server does over HTTP. */
function inProcessTelemetry(registry: Registry) {
  return async (call: TelemetryCall): Promise<TelemetryAnswer> => {
    const answer = await registry.app.inject({
      method: 'POST',
      url: call.path,
      headers: {
        ...(call.authorization === undefined ? {} : { authorization: call.authorization }),
        'content-type': 'application/json',
        'x-forwarded-for': call.forwardedFor,
      },
      payload: call.body,
    });
    return { status: answer.statusCode, body: answer.body };
  };
}

/** The portal server's client secret, from the development overlay both the dev IdP and the tests' Keycloak load. */
function devExchangeClient(): { clientId: string; clientSecret: string } {
  const overlay = JSON.parse(readFileSync(devOverlayFile, 'utf8')) as {
    clients?: Array<{ clientId: string; secret?: string }>;
  };
  const secret = overlay.clients?.find((client) => client.clientId === 'bas-portal')?.secret;
  if (secret === undefined) throw new Error(`${devOverlayFile} gives no secret for the bas-portal client.`);
  return { clientId: 'bas-portal', clientSecret: secret };
}

/**
 * Everything `npm start` and the tests need, in one process on loopback: an identity provider (the dev IdP unless a
 * Keycloak is given), every sample app on its own origin with its mocked agency API, the registry seeded with the
 * Kota Bogor catalog pointing at those origins, and the production portal server in front, with the registry under
 * `/api` as a load balancer would route it. Development only: production runs each part on its own.
 */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const host = options.host ?? '127.0.0.1';
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    let devIdp: DevIdp | undefined;
    if (options.auth === undefined) {
      devIdp = await startDevIdp({
        realmFile,
        overlayFile: devOverlayFile,
        port: options.devIdpPort ?? 4180,
        host,
      });
      cleanups.push(() => devIdp?.close() ?? Promise.resolve());
    }
    const auth = options.auth ?? { url: devIdp?.url ?? '', realm: 'bas', clientId: 'bas-shell' };
    const issuer = `${auth.url}/realms/${auth.realm}`;
    const jwksUrl = `${issuer}/protocol/openid-connect/certs`;
    // Known once the catalog is seeded with the sites' origins; a request can only arrive after that.
    const agencyOfSite = new Map<string, string>();
    const checks = new Map<string, ReturnType<typeof createBearerCheck>>();
    const served = [...(await sampleSites()), ...(options.extraRemotes ?? [])];
    // Each build is served with its integrity index, as an agency serving its own build does; the catalog pins it.
    const pins = new Map(
      served.flatMap((site) => ('dir' in site ? [[site.name, writeIntegrityIndex(site.dir)] as const] : [])),
    );
    const sites = await startRemoteSites(served, {
      host,
      firstPort: options.remotesPort,
      // The mock agency APIs check tokens as a real agency API must, each for its own agency's audience.
      checkToken: (site, authorization) => {
        const audience = `api-${agencyOfSite.get(site) ?? site}`;
        const check = checks.get(audience) ?? createBearerCheck({ issuer, jwksUrl, audience });
        checks.set(audience, check);
        return check(authorization);
      },
    });
    cleanups.push(() => sites.close());
    const config = loadRegistryConfig(options.env ?? process.env);
    // The asset origin listens first: the registry points stored builds at it.
    let assets: RequestListener = (_request, response) => response.writeHead(503).end();
    const assetServer = createServer((request, response) => assets(request, response));
    cleanups.push(() => closeServer(assetServer));
    const assetOrigin = await listen(assetServer, host, options.port === 0 ? 0 : options.port + 20);
    const seed = [
      ...(options.seed ??
        seedCatalog({
          sampleApps: Object.fromEntries(sites.origins),
          pins: Object.fromEntries(pins),
        })),
      ...(options.extraEntries?.(sites.origins, pins) ?? []),
    ];
    for (const entry of seed) if (sites.origins.has(entry.id)) agencyOfSite.set(entry.id, entry.agency);
    if ((config.databaseUrl ?? '') === '') checkSeedFingerprint(config.dataDir, seed);
    const registry = await buildRegistry({
      ...config,
      environment: 'development',
      oidc: { ...config.oidc, issuer, jwksUrl },
      assetOrigin,
      seed,
    });
    cleanups.push(() => registry.close());
    assets = registry.assets;
    const monitor = await startMonitor({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      intervalMs: options.monitor?.intervalMs,
      probes: options.monitor?.probes ?? servedHere,
      // The alerts as the monitor process reads them (webhook, SMTP), unless the caller names its own receiver.
      ...alertsOf(loadMonitorConfig(options.env ?? process.env)),
      ...(options.monitor?.alertWebhookUrl === undefined
        ? {}
        : { alertWebhookUrl: options.monitor.alertWebhookUrl }),
    });
    cleanups.push(() => monitor.close());
    // Filled in once the portal listens (its port may be picked by the system); the frame reads it on each load.
    const portalOrigins: string[] = [];
    const authServer = createAuthServer({
      frameDir: authFrameBuild.dir,
      auth,
      portalOrigins,
      exchange: createTokenExchange({
        tokenUrl: `${issuer}/protocol/openid-connect/token`,
        ...devExchangeClient(),
      }),
      personalManifest: inProcessPersonalManifest(registry),
      personRequests: inProcessPersonRequests(registry),
      telemetry: inProcessTelemetry(registry),
    });
    cleanups.push(() => closeServer(authServer));
    const authOrigin = await listen(
      authServer,
      host,
      options.authPort ?? (options.port === 0 ? 0 : options.port + 10),
    );
    const portal = createPortalServer({
      shellDir: shellBuild.dir,
      shellConfig: {
        manifestUrl: '/api/manifest',
        remoteTimeoutMs: options.remoteTimeoutMs ?? 8000,
        // In development every remote of the catalog on this machine may load; the production default is the
        // asset origin alone.
        remoteOrigins: [assetOrigin, ...new Set(seed.flatMap(loopbackRemoteOrigin))],
        rumSampleRate: options.rumSampleRate ?? 1,
        auth: { frameOrigin: authOrigin },
      },
      renderHome: await shellBuild.loadRenderer(),
      manifest: inProcessManifest(registry),
      api: (request, response) => registry.app.routing(request, response),
      catalogSources: async (route) =>
        (
          await registry.app.inject({ method: 'GET', url: '/api/csp-sources', query: { route } })
        ).json<CatalogSources>(),
      status: async () => {
        const answer = await registry.app.inject({ method: 'GET', url: '/api/status' });
        return readStatusBoard(answer.statusCode, answer.json(), 'the registry');
      },
    });
    cleanups.push(() => closeServer(portal));
    const url = `${await listen(portal, host, options.port)}/`;
    portalOrigins.push(new URL(url).origin);
    // The evidence service makes the console's printed report through this portal, as the admin who asks.
    const reports = createReportService({
      registryUrl: new URL(url),
      dir: join(config.dataDir, 'evidence-reports'),
      oidc: { ...config.oidc, issuer, jwksUrl },
    });
    await reports.app.ready();
    cleanups.push(() => reports.close());
    // The console's origin routes /api/ to the registry itself and /api/evidence/reports to the evidence service, as
    // the load balancer does in production.
    const consoleConfig = {
      registryUrl: '',
      auth: { url: auth.url, realm: auth.realm, clientId: 'bas-console' },
    };
    const consoleServer = createConsoleServer({
      consoleDir: consoleBuild.dir,
      config: consoleConfig,
      api: (request, response) =>
        (request.url ?? '').startsWith('/api/evidence/reports')
          ? reports.app.routing(request, response)
          : registry.app.routing(request, response),
    });
    cleanups.push(() => closeServer(consoleServer));
    const consoleOrigin = await listen(
      consoleServer,
      host,
      options.consolePort ?? (options.port === 0 ? 0 : options.port + 30),
    );
    consoleConfig.registryUrl = consoleOrigin;
    return {
      url,
      authOrigin,
      consoleOrigin,
      assetOrigin,
      remoteOrigins: sites.origins,
      registry,
      auth: { ...auth, issuer },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
