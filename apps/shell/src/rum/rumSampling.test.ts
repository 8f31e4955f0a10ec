import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What the page sent with sendBeacon: the path, and the batch once read. */
let beacons: Array<{ url: string; body: Promise<unknown> }> = [];

beforeEach(() => {
  beacons = [];
  vi.spyOn(navigator, 'sendBeacon').mockImplementation((url, data) => {
    beacons.push({
      url: String(url),
      body: (data as Blob).text().then((text) => JSON.parse(text) as unknown),
    });
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

/** A fresh page load (its own modules, so its own sampling decision) with the config's `rate`. */
async function pageView(rate: number, random?: () => number) {
  vi.resetModules();
  const { rumSampled, sampleRum } = await import('./rumSampling.ts');
  const { startOpen } = await import('./startOpen.ts');
  sampleRum(rate, random);
  return { rumSampled, startOpen };
}

/** Every sample sent so far, after the page is hidden (which sends what is queued). */
async function sent(): Promise<unknown[]> {
  dispatchEvent(new Event('pagehide'));
  const bodies = await Promise.all(beacons.map((beacon) => beacon.body));
  return bodies.flatMap((body) => (body as { samples: unknown[] }).samples);
}

describe('real-user monitoring sampling', () => {
  it('sends every opening of a page view when the rate is 1, to /api/rum', async () => {
    const { startOpen } = await pageView(1);
    startOpen('pbb').mounted();
    startOpen('sipkd').failed('timeout');
    startOpen('pbb').failed('network');
    await vi.waitFor(async () => expect(await sent()).toHaveLength(3), { timeout: 5000 });
    expect(await sent()).toEqual([
      { appId: 'pbb', metric: 'open', outcome: 'mounted', ms: expect.any(Number) },
      { appId: 'sipkd', metric: 'open', outcome: 'failed', cause: 'timeout', ms: expect.any(Number) },
      { appId: 'pbb', metric: 'open', outcome: 'failed', cause: 'network', ms: expect.any(Number) },
    ]);
    expect(beacons.every((beacon) => beacon.url === '/api/rum')).toBe(true);
  });

  it('decides once for the whole page view, not for each opening', async () => {
    // Drawn under the rate once; every later draw would be over it.
    const random = vi.fn().mockReturnValueOnce(0.4).mockReturnValue(0.9);
    const { startOpen } = await pageView(0.5, random);
    for (const appId of ['pbb', 'sipkd', 'pengumuman']) startOpen(appId).mounted();
    await vi.waitFor(async () => expect(await sent()).toHaveLength(3), { timeout: 5000 });
    expect(random).toHaveBeenCalledOnce();
  });

  it('sends nothing, and fetches no monitoring, when the rate is 0', async () => {
    const { rumSampled, startOpen } = await pageView(0);
    startOpen('pbb').mounted();
    startOpen('sipkd').failed('timeout');
    await expect(rumSampled).resolves.toBe(false);
    // Longer than a sampled page view takes to send (the test above): monitoring waits for the browser to be idle,
    // here (no requestIdleCallback) half a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await sent()).toEqual([]);
    expect(navigator.sendBeacon).not.toHaveBeenCalled();
  });

  it('takes the first decision only: a page view stays sampled or not', async () => {
    const { rumSampled } = await pageView(0);
    const { sampleRum } = await import('./rumSampling.ts');
    sampleRum(1);
    await expect(rumSampled).resolves.toBe(false);
  });
});
