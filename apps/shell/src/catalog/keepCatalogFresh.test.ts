import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepCatalogFresh } from './keepCatalogFresh.ts';

let visibility: DocumentVisibilityState = 'visible';
const turn = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => vi.useRealTimers());

describe('keepCatalogFresh', () => {
  it('asks every 30 s while the tab is visible, not while it is hidden, and at once when it is seen again', () => {
    const revalidate = vi.fn(() => Promise.resolve());
    const stop = keepCatalogFresh(revalidate);
    vi.advanceTimersByTime(29_999);
    expect(revalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revalidate).toHaveBeenCalledTimes(1);

    turn('hidden');
    vi.advanceTimersByTime(10 * 60_000);
    expect(revalidate).toHaveBeenCalledTimes(1);

    turn('visible');
    expect(revalidate).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(30_000);
    expect(revalidate).toHaveBeenCalledTimes(3);

    stop();
    vi.advanceTimersByTime(60_000);
    turn('visible');
    expect(revalidate).toHaveBeenCalledTimes(3);
  });

  it('waits for a tab opened in the background to be seen', () => {
    visibility = 'hidden';
    const revalidate = vi.fn(() => Promise.resolve());
    const stop = keepCatalogFresh(revalidate);
    vi.advanceTimersByTime(60_000);
    expect(revalidate).not.toHaveBeenCalled();
    turn('visible');
    expect(revalidate).toHaveBeenCalledTimes(1);
    stop();
  });
});
