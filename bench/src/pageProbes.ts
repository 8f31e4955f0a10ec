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
    __bench: { lcp: number; catalogAt?: number };
  }
}

/** Records LCP, and when the first app link of the catalog appears, for every page of the context. */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__bench = { lcp: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const observer = new MutationObserver(() => {
      if (window.__bench.catalogAt === undefined && document.querySelector('a[href^="/layanan/"]') !== null) {
        window.__bench.catalogAt = performance.now();
        observer.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true }),
    );
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
