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
  it('asks every 30 s while the tab is visible, not while it is hidden, and at once when it is seen again', async () => {
    const revalidate = vi.fn(() => Promise.resolve());
    const stop = keepCatalogFresh(revalidate);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledTimes(1);

    turn('hidden');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(revalidate).toHaveBeenCalledTimes(1);

    turn('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(revalidate).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(revalidate).toHaveBeenCalledTimes(3);

    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    turn('visible');
    expect(revalidate).toHaveBeenCalledTimes(3);
  });

  it('waits for a tab opened in the background to be seen', async () => {
    visibility = 'hidden';
    const revalidate = vi.fn(() => Promise.resolve());
    const stop = keepCatalogFresh(revalidate);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(revalidate).not.toHaveBeenCalled();
    turn('visible');
    expect(revalidate).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks every 10 s while the catalog shown is a copy, to clear the notice soon after the registry is back', async () => {
    let stale = true;
    const revalidate = vi.fn(() => Promise.resolve());
    const stop = keepCatalogFresh(revalidate, () => stale);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(revalidate).toHaveBeenCalledTimes(1);
    stale = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(revalidate).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(revalidate).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(revalidate).toHaveBeenCalledTimes(3);
    stop();
  });
});
