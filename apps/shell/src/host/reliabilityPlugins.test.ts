import type { FederatedEntry } from '@bas/manifest';
import { describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { ShellError } from '../errors/ShellError.ts';
import { reliabilityPlugins } from './reliabilityPlugins.ts';

type Hook = (args: Record<string, unknown>) => unknown;

function plugins(entry: FederatedEntry = pengumumanEntry) {
  const failures = new Map<string, ShellError>();
  const made = reliabilityPlugins({
    entryOf: (name) => (name === entry.id ? entry : undefined),
    failureOf: (name) => failures.get(name),
    failed: (name, error) => void failures.set(name, error),
    forget: (name) => void failures.delete(name),
    backoffMs: 0,
  });
  const hook = (plugin: keyof typeof made, name: string) =>
    (made[plugin] as unknown as Record<string, Hook>)[name] as Hook;
  return { failures, hook };
}

const request = { id: 'pengumuman/App', options: {}, origin: {} };

/** The retry plugin's answer to a failed open whose recorded cause was `cause`; `loadRemote` stands for the runtime. */
async function retried(cause: ShellError, loadRemote: ReturnType<typeof vi.fn>): Promise<unknown> {
  const { hook, failures } = plugins();
  failures.set('pengumuman', cause);
  return hook(
    'retryPlugin',
    'errorLoadRemote',
  )({ id: 'pengumuman/App', lifecycle: 'onLoad', origin: { loadRemote } });
}

describe('reliabilityPlugins', () => {
  it('refuses an app built for a contract this shell does not provide, before any request, naming both versions', () => {
    const { hook } = plugins({ ...pengumumanEntry, sdkVersion: '3.1.0' });
    expect(() => hook('sdkVersionPlugin', 'beforeRequest')(request)).toThrow(
      expect.objectContaining({
        code: 'REMOTE_SDK_INCOMPATIBLE',
        message: expect.stringContaining('@bas/sdk 3.1.0'),
      }),
    );
    expect(hook('sdkVersionPlugin', 'beforeRequest')({ ...request, id: 'lain/App' })).toEqual({
      ...request,
      id: 'lain/App',
    });
  });

  it('opens the circuit after three failed opens and refuses the fourth without a request', () => {
    const { hook } = plugins();
    for (let open = 0; open < 3; open += 1) {
      expect(hook('circuitBreakerPlugin', 'beforeRequest')(request)).toBe(request);
      hook('circuitBreakerPlugin', 'afterLoadRemote')({ id: 'pengumuman/App', error: new Error('down') });
    }
    expect(() => hook('circuitBreakerPlugin', 'beforeRequest')(request)).toThrow(
      expect.objectContaining({ code: 'REMOTE_CIRCUIT_OPEN' }),
    );
  });

  it('retries a request that did not get through, and answers with what the retry loaded', async () => {
    const loaded = { mount: () => () => {} };
    const loadRemote = vi.fn(() => Promise.resolve(loaded));
    expect(await retried(new ShellError('REMOTE_UNREACHABLE', 'down'), loadRemote)).toBe(loaded);
    expect(loadRemote).toHaveBeenCalledTimes(1);
  });

  it('never retries a build whose bytes differ: it would fail the same way', async () => {
    const loadRemote = vi.fn();
    expect(await retried(new ShellError('REMOTE_INTEGRITY', 'changed'), loadRemote)).toBeUndefined();
    expect(loadRemote).not.toHaveBeenCalled();
  });
});
