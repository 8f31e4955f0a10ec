import { getInstance } from '@module-federation/enhanced/runtime';
import { isRemoteModule, type RemoteModule } from '@bas/sdk';
import type { FederatedEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';
import { integrityPlugin } from './integrityPlugin.ts';
import type { PagePins } from './pagePins.ts';
import { reliabilityPlugins } from './reliabilityPlugins.ts';
import { withTimeout } from './withTimeout.ts';

export interface FederationHostOptions {
  timeoutMs: number;
  remoteOrigins: readonly string[];
  nonce: string;
}

export interface FederationHost {
  /** Tells the runtime where the app is, before it is first loaded and after the catalog moves it to other bytes. */
  register(entry: FederatedEntry): void;
  load(entry: FederatedEntry): Promise<RemoteModule>;
}

/**
 * Remotes are built without the federation runtime and read the shell's from `_FEDERATION_RUNTIME_CORE`
 * (decisions/0031). Fixed before the first remote runs: a remote that replaced it would run its code in every app
 * loaded after it. Writes are ignored rather than refused, since the runtime's own plugin sets it again on init.
 */
function keepRuntimeCore(): void {
  const global = globalThis as { _FEDERATION_RUNTIME_CORE?: unknown };
  const core = global._FEDERATION_RUNTIME_CORE;
  if (core === undefined)
    throw new Error('The shell build did not provide the federation runtime to remotes.');
  const current = Object.getOwnPropertyDescriptor(globalThis, '_FEDERATION_RUNTIME_CORE');
  if (current?.configurable === false) return;
  Object.defineProperty(globalThis, '_FEDERATION_RUNTIME_CORE', {
    get: () => core,
    set: () => undefined,
    configurable: false,
  });
}

const moduleRequest = (entry: FederatedEntry) => `${entry.id}/${entry.exposedModule.replace(/^\.\//, '')}`;

/**
 * The federation side of the app host, loaded the first time someone shows intent to open an app (decisions/0013):
 * the runtime's own instance (the one the shell's build initialised with the shared singletons), with BAS's
 * runtime plugins (integrity, SDK version, circuit breaker, retries), and a timeout on every open.
 */
export function createFederationHost(options: FederationHostOptions, pins: PagePins): FederationHost {
  const runtime = getInstance();
  if (runtime == null) throw new Error('The federation runtime was not initialised by the shell build.');
  const instance = runtime;
  // Remotes run in this page: the runtime lists its instances on a global, where any remote could find the host and
  // register another app's name to its own code. The host keeps its instance to itself (decisions/0018).
  const listed = (globalThis as { __FEDERATION__?: { __INSTANCES__?: unknown[] } }).__FEDERATION__
    ?.__INSTANCES__;
  if (Array.isArray(listed) && listed.includes(instance)) listed.splice(listed.indexOf(instance), 1);
  keepRuntimeCore();
  const entries = new Map<string, FederatedEntry>();
  const failures = new Map<string, ShellError>();
  const entryOf = (name: string) => entries.get(name);
  const failed = (name: string, error: ShellError) => void failures.set(name, error);
  const integrity = integrityPlugin({ ...options, pins, entryOf, failed });
  const { sdkVersionPlugin, circuitBreakerPlugin, retryPlugin } = reliabilityPlugins({
    entryOf,
    failed,
    failureOf: (name) => failures.get(name),
    forget: (name) => void failures.delete(name),
  });
  // In this order: what refuses without a request goes first, the integrity index is fetched only for an app that
  // may be tried, and retries see every other plugin's verdict.
  instance.registerPlugins([sdkVersionPlugin, circuitBreakerPlugin, integrity.plugin, retryPlugin]);
  // Every React remote mounts through the SDK's React bindings, which the shell shares but does not use itself, so
  // they are a file of their own that the first opening would otherwise fetch halfway through running the app's
  // code, one more round trip before its first paint. Fetched here, with the rest of what any opening needs.
  void instance.loadShare('@bas/sdk/react').catch(() => undefined);

  async function why(entry: FederatedEntry, cause: unknown): Promise<ShellError> {
    const recorded = failures.get(entry.id);
    if (recorded !== undefined) return recorded;
    // A module the browser refused (a changed chunk) reads like a network failure; the index tells them apart.
    const altered = await integrity.findAltered(entry);
    if (altered !== undefined) {
      const error = new ShellError(
        'REMOTE_INTEGRITY',
        `${altered} of ${entry.id} differs from the approved version.`,
      );
      failures.set(entry.id, error);
      return error;
    }
    return new ShellError(
      'REMOTE_UNREACHABLE',
      `${entry.id} could not be loaded from ${entry.manifestUrl}.`,
      {
        cause,
      },
    );
  }

  return {
    register(entry) {
      const moved = entries.get(entry.id)?.manifestUrl !== entry.manifestUrl;
      entries.set(entry.id, entry);
      // `force`: an approved update or a rollback moves an app to other bytes (another manifest URL).
      if (moved) instance.registerRemotes([{ name: entry.id, entry: entry.manifestUrl }], { force: true });
    },
    async load(entry) {
      failures.delete(entry.id);
      const loaded = await withTimeout(
        () => instance.loadRemote<unknown>(moduleRequest(entry)),
        options.timeoutMs,
        () =>
          new ShellError(
            'REMOTE_TIMEOUT',
            `${entry.id} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`,
          ),
      ).catch(async (cause: unknown) => {
        throw cause instanceof ShellError && cause.code === 'REMOTE_TIMEOUT'
          ? cause
          : await why(entry, cause);
      });
      if (!isRemoteModule(loaded)) {
        throw new ShellError(
          'REMOTE_CONTRACT',
          `${entry.id} exposes ${entry.exposedModule} without a mount(element, context) function.`,
        );
      }
      return loaded;
    },
  };
}
