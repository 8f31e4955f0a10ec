import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Sets the date to `now` during each test of the suite being declared. Only the date: the registry's own timers, the
 * database's and the identity provider's keep running.
 */
export function fixDate(now: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
