import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/**
 * Aborts the runtime's own fetches (a remote's `mf-manifest.json`) after `ms`, so a hung manifest request does not
 * stay open, and a retry starts a fresh request instead of waiting on the old one.
 */
export function timeoutPlugin(ms: number): ModuleFederationRuntimePlugin {
  return {
    name: 'bas-timeout',
    fetch(url, init) {
      return fetch(url, { ...init, signal: AbortSignal.timeout(ms) });
    },
  };
}
