import type { RemoteModule } from '@bas/sdk';
import { vi } from 'vitest';
import { ShellError } from '../errors/ShellError.ts';
import type { AppHost } from './appHost.ts';

/** An app host that loads nothing, each of its methods a mock unless `overrides` gives it. */
export function fakeAppHost(overrides: Partial<AppHost> = {}) {
  return {
    timeoutMs: 8000,
    configure: vi.fn(),
    preload: vi.fn(),
    warm: vi.fn(),
    open: vi.fn<AppHost['open']>(),
    localBuildOf: () => undefined,
    ...overrides,
  } satisfies AppHost;
}

/**
 * An app host whose opens load `results` in turn, each after `delayMs`: a module is then mounted, an error is the
 * opening's failure.
 */
export function appHostOpening(results: Array<RemoteModule | ShellError>, delayMs = 0) {
  const open = vi.fn<AppHost['open']>();
  for (const result of results) {
    open.mockImplementationOnce(async (_entry, element, context) => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (result instanceof ShellError) throw result;
      return result.mount(element, context);
    });
  }
  return { ...fakeAppHost(), open };
}
