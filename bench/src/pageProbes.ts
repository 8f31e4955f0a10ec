import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Lighthouse's mobile profile (slow 4G, mid-range phone): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU
 * four times slower.
 */
export async function throttleLikeLighthouseMobile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

declare global {
  interface Window {
    __bench: { lcp: number; catalogAt?: number; liveAt?: number };
    __open: { clickAt: number };
    /** The binding an opening probe calls, in every frame, when a synthetic app's content was painted. */
    __benchReady?: (id: string, at: number) => void;
  }
}

export interface OpeningProbes {
  /**
   * When `id`'s content is next painted, in milliseconds since the epoch: ask before the click that opens it. The
   * page reports it through a binding, so the test driver runs nothing in the page while the app loads.
   */
  nextReady(id: string): Promise<number>;
}

/**
 * For every page and frame of the context: when the last click happened, and when each synthetic app's content
 * was first painted (the frame after it appeared). Times are milliseconds since the epoch at the precision of
 * `performance.now()`, so a click in the portal and a paint inside a frame compare; what the test driver takes to
 * send the click and notice the result is left out, for BAS and for the iframe portal alike. The driver waits on a
 * binding rather than polling the page: Playwright's polling first evaluates its own script in the page's world,
 * about 28 ms of main-thread work on this machine, which fell in the middle of the opening it measured.
 */
export async function installOpeningProbes(context: BrowserContext): Promise<OpeningProbes> {
  const waiting = new Map<string, (at: number) => void>();
  await context.exposeBinding('__benchReady', (_source, id: string, at: number) => {
    waiting.get(id)?.(at);
    waiting.delete(id);
  });
  await context.addInitScript(() => {
    const probes: Window['__open'] = { clickAt: 0 };
    window.__open = probes;
    addEventListener('click', (event) => (probes.clickAt = performance.timeOrigin + event.timeStamp), true);
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      for (const element of Array.from(document.querySelectorAll('[data-synthetic-ready]'))) {
        if (seen.has(element)) continue;
        seen.add(element);
        const id = element.getAttribute('data-synthetic-ready') ?? '';
        requestAnimationFrame(() => window.__benchReady?.(id, performance.timeOrigin + performance.now()));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    nextReady: (id) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${id} did not show its content within 60 s of being opened.`));
        }, 60_000);
        waiting.set(id, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      }),
  };
}

/**
 * Records, for every page of the context: LCP, when the first app link of the catalog appears, and when the shell
 * is live (its language buttons, disabled in the page the server rendered, are enabled once it has hydrated).
 */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__bench = { lcp: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const check = () => {
      const probes = window.__bench;
      if (probes.catalogAt === undefined && document.querySelector('a[href^="/layanan/"]') !== null) {
        probes.catalogAt = performance.now();
      }
      if (probes.liveAt === undefined && document.querySelector('.language button:enabled') !== null) {
        probes.liveAt = performance.now();
      }
      if (probes.catalogAt !== undefined && probes.liveAt !== undefined) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    document.addEventListener('DOMContentLoaded', () => {
      check();
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  });
}

/** The JavaScript heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
