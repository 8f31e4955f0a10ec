import { describe, expect, it, vi } from 'vitest';
import { createFederationHost } from './createFederationHost.ts';
import { createPagePins } from './pagePins.ts';

// The shell build's runtime instance, recorded: the packages asked of its share scope.
const runtime = vi.hoisted(() => ({
  shared: [] as string[],
  instance: {
    registerPlugins: () => undefined,
    loadShare: async (name: string) => {
      runtime.shared.push(name);
      return () => ({});
    },
  },
}));
vi.mock('@module-federation/enhanced/runtime', () => ({ getInstance: () => runtime.instance }));

describe('createFederationHost', () => {
  it('fetches the React bindings every React remote mounts through while the shell is idle, not mid-opening', () => {
    (globalThis as { _FEDERATION_RUNTIME_CORE?: unknown })._FEDERATION_RUNTIME_CORE = {};
    createFederationHost({ timeoutMs: 8000, remoteOrigins: [], nonce: '' }, createPagePins());
    expect(runtime.shared).toEqual(['@bas/sdk/react']);
  });
});
