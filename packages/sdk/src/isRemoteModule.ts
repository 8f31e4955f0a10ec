import type { RemoteModule } from './contract.ts';

/**
 * Whether a loaded module fulfils the remote contract. The shell checks before calling `mount`, so an app that
 * exposes the wrong thing fails with a clear message instead of `mount is not a function`.
 *
 * @example
 * if (!isRemoteModule(loaded)) throw new Error('the exposed module has no mount function');
 */
export function isRemoteModule(value: unknown): value is RemoteModule {
  return (
    typeof value === 'object' && value !== null && typeof (value as { mount?: unknown }).mount === 'function'
  );
}
