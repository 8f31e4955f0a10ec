import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { isRemoteModule, type RemoteModule } from '@bas/sdk';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';
import { timeoutPlugin } from './timeoutPlugin.ts';
import { withTimeout } from './withTimeout.ts';

export interface AppLoader {
  /** How long one attempt may take. */
  readonly timeoutMs: number;
  /** Loads an app's exposed module, failing with a coded error within the configured timeout. */
  load(entry: FederatedEntry): Promise<RemoteModule>;
}

function moduleRequest(entry: FederatedEntry): string {
  return `${entry.id}/${entry.exposedModule.replace(/^\.\//, '')}`;
}

/**
 * Registers the manifest's apps with the federation runtime and returns their loader. Registration fetches
 * nothing: with the shell's `loaded-first` strategy an app costs nothing until it is opened.
 */
const registered = new Set<string>();

export function createAppLoader(entries: readonly ManifestEntry[], timeoutMs: number): AppLoader {
  if (registered.size === 0) registerPlugins([timeoutPlugin(timeoutMs)]);
  // A reload (after signing in) adds the apps the person may now see; the ones already registered stay as they
  // are, with whatever they have loaded.
  const added = entries.filter(
    (entry): entry is FederatedEntry => entry.kind === 'federated' && !registered.has(entry.id),
  );
  registerRemotes(added.map((entry) => ({ name: entry.id, entry: entry.entry })));
  added.forEach((entry) => registered.add(entry.id));
  const seconds = Math.round(timeoutMs / 1000);
  return {
    timeoutMs,
    async load(entry) {
      const loaded = await withTimeout(
        () => loadRemote<unknown>(moduleRequest(entry)),
        timeoutMs,
        () => new ShellError('REMOTE_TIMEOUT', `${entry.id} did not answer within ${seconds} s.`),
      ).catch((cause: unknown) => {
        if (cause instanceof ShellError) throw cause;
        throw new ShellError('REMOTE_UNREACHABLE', `${entry.id} could not be loaded from ${entry.entry}.`, {
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
    },
  };
}
