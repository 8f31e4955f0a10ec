import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { isCompatibleSdkVersion, isRemoteModule, sdkVersion, type RemoteModule } from '@bas/sdk';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';
import { createCircuitBreaker } from './createCircuitBreaker.ts';
import { timeoutPlugin } from './timeoutPlugin.ts';
import { withTimeout } from './withTimeout.ts';

export interface AppLoader {
  /** How long one attempt may take. */
  readonly timeoutMs: number;
  /** Loads an app's exposed module: bounded retries, a timeout per attempt, and a circuit breaker per app. */
  load(entry: FederatedEntry): Promise<RemoteModule>;
  /** Starts loading an app the person shows intent to open (hover, focus, touch); failures wait for the open. */
  preload(entry: ManifestEntry): void;
}

/** Retry policy: a network failure is retried after 300 ms, then 900 ms; a timeout is not (it already waited). */
const retries = 2;
const backoffMs = 300;
const breaker = createCircuitBreaker({ threshold: 3, cooldownMs: 30_000 });
const registered = new Set<string>();

function moduleRequest(entry: FederatedEntry): string {
  return `${entry.id}/${entry.exposedModule.replace(/^\.\//, '')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(entry: FederatedEntry, timeoutMs: number): Promise<RemoteModule> {
  const loaded = await withTimeout(
    () => loadRemote<unknown>(moduleRequest(entry)),
    timeoutMs,
    () =>
      new ShellError(
        'REMOTE_TIMEOUT',
        `${entry.id} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      ),
  ).catch((cause: unknown) => {
    if (cause instanceof ShellError) throw cause;
    throw new ShellError('REMOTE_UNREACHABLE', `${entry.id} could not be loaded from ${entry.manifestUrl}.`, {
      cause,
    });
  });
  if (!isRemoteModule(loaded)) {
    throw new ShellError(
      'REMOTE_CONTRACT',
      `${entry.id} exposes ${entry.exposedModule} without a mount(element, context) function.`,
    );
  }
  return loaded;
}

/**
 * Registers the manifest's apps with the federation runtime and returns their loader. Registration fetches
 * nothing: with the shell's `loaded-first` strategy an app costs nothing until it is opened.
 */
export function createAppLoader(entries: readonly ManifestEntry[], timeoutMs: number): AppLoader {
  if (registered.size === 0) registerPlugins([timeoutPlugin(timeoutMs)]);
  // A reload (after signing in) adds the apps the person may now see; the ones already registered stay as they
  // are, with whatever they have loaded.
  const added = entries.filter(
    (entry): entry is FederatedEntry => entry.kind === 'federated' && !registered.has(entry.id),
  );
  registerRemotes(added.map((entry) => ({ name: entry.id, entry: entry.manifestUrl })));
  added.forEach((entry) => registered.add(entry.id));
  const pending = new Map<string, Promise<RemoteModule>>();

  async function loadWithRetries(entry: FederatedEntry): Promise<RemoteModule> {
    const blocked = breaker.blockedFor(entry.id);
    if (blocked > 0) {
      throw new ShellError(
        'REMOTE_CIRCUIT_OPEN',
        `${entry.id} failed repeatedly; the portal waits ${Math.ceil(blocked / 1000)} s before trying it again.`,
      );
    }
    for (let tries = 0; ; tries += 1) {
      try {
        const module = await attempt(entry, timeoutMs);
        breaker.succeeded(entry.id);
        return module;
      } catch (error) {
        const retryable = error instanceof ShellError && error.code === 'REMOTE_UNREACHABLE';
        if (!retryable || tries >= retries) {
          breaker.failed(entry.id);
          throw error;
        }
        await sleep(backoffMs * 3 ** tries);
      }
    }
  }

  const loader: AppLoader = {
    timeoutMs,
    load(entry) {
      // Refused before anything is fetched: the remote would call services this shell does not have.
      if (!isCompatibleSdkVersion(entry.sdkVersion)) {
        return Promise.reject(
          new ShellError(
            'REMOTE_SDK_INCOMPATIBLE',
            `${entry.id} was built against @bas/sdk ${entry.sdkVersion}; this portal provides ${sdkVersion}.`,
          ),
        );
      }
      // One load at a time per app: a preload on hover and the click that follows share it.
      const running = pending.get(entry.id) ?? loadWithRetries(entry).finally(() => pending.delete(entry.id));
      pending.set(entry.id, running);
      return running;
    },
    preload(entry) {
      if (entry.kind === 'federated' && entry.status === 'active' && breaker.blockedFor(entry.id) === 0) {
        loader.load(entry).catch(() => undefined);
      }
    },
  };
  return loader;
}
