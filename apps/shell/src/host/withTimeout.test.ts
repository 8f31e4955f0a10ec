import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './withTimeout.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('withTimeout', () => {
  it('fails a load that never settles once the time is up', async () => {
    const hanging = new Promise<never>(() => {});
    const result = withTimeout(
      () => hanging,
      5000,
      () => new Error('timed out'),
    );
    const assertion = expect(result).rejects.toThrow('timed out');
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
  });

  it('passes a load through that settles in time', async () => {
    const result = withTimeout(
      () => Promise.resolve('module'),
      5000,
      () => new Error('timed out'),
    );
    await expect(result).resolves.toBe('module');
    expect(vi.getTimerCount()).toBe(0);
  });
});
