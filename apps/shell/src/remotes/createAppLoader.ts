import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { isRemoteModule, type RemoteModule } from '@bas/sdk';
import type { ManifestEntry } from '../catalog/ManifestEntry.ts';
import { ShellError } from '../errors/ShellError.ts';
import { timeoutPlugin } from './timeoutPlugin.ts';
import { withTimeout } from './withTimeout.ts';

export interface AppLoader {
  /** How long one attempt may take. */
  readonly timeoutMs: number;
  /** Loads an app's exposed module, failing with a coded error within the configured timeout. */
  load(entry: ManifestEntry): Promise<RemoteModule>;
}

function moduleRequest(entry: ManifestEntry): string {
  return `${entry.id}/${entry.exposedModule.replace(/^\.\//, '')}`;
}

/**
 * Registers the manifest's apps with the federation runtime and returns their loader. Registration fetches
 * nothing: with the shell's `loaded-first` strategy an app costs nothing until it is opened.
 */
export function createAppLoader(entries: readonly ManifestEntry[], timeoutMs: number): AppLoader {
  registerPlugins([timeoutPlugin(timeoutMs)]);
  registerRemotes(
    entries.map((entry) => ({ name: entry.id, entry: entry.entry })),
    { force: true },
  );
  const seconds = Math.round(timeoutMs / 1000);
  return {
    timeoutMs,
    async load(entry) {
      const loaded = await withTimeout(
        () => loadRemote<unknown>(moduleRequest(entry)),
        timeoutMs,
        () => new ShellError('REMOTE_TIMEOUT', `${entry.name} did not answer within ${seconds} s.`),
      ).catch((cause: unknown) => {
        if (cause instanceof ShellError) throw cause;
        throw new ShellError('REMOTE_UNREACHABLE', `${entry.name} could not be loaded.`, { cause });
      });
      if (!isRemoteModule(loaded)) {
        throw new ShellError(
          'REMOTE_CONTRACT',
          `${entry.name} exposes ${entry.exposedModule} without a mount(element, context) function.`,
        );
      }
      return loaded;
    },
  };
}
