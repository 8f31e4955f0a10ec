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
    /** The binding the opening probes report through, in every frame: a CDP binding, no script of the driver. */
    __benchReport?: (payload: string) => void;
  }
}

/** A synthetic app's content appearing in the document (`shown`), and first painted (`painted`, the frame after). */
type Sighting = 'shown' | 'painted';

export interface OpeningProbes {
  /**
   * When `id`'s content is next shown or painted, in milliseconds since the epoch; ask before the click that opens
   * it. A report older than the question is ignored, so an earlier opening's content cannot answer for this one.
   * Off-screen cross-origin frames are not painted: wait for `shown` there.
   */
  next(id: string, sighting: Sighting): Promise<number>;
  /** Clicks the first element matching `selector` in the page (not its frames); false while there is none. */
  click(selector: string): Promise<boolean>;
  /** Evaluates `expression` in the page's main world and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * For a page and its frames: when the last click happened, and when each synthetic app's content was shown and
 * first painted. Times are milliseconds since the epoch at the precision of `performance.now()`, so a click in the
 * portal and a paint inside a frame compare; what the test driver takes to send the click and notice the result is
 * left out, for BAS and for the iframe portal alike. Reports come through a CDP binding and `click` and `evaluate`
 * are plain CDP evaluations: Playwright's own scripts (its polling, its locators, `exposeBinding`) would be
 * evaluated in the page, about 28 ms of main-thread work in the middle of an opening and 0.4 MB of heap in every
 * frame they touch (decisions/0035).
 */
export async function installOpeningProbes(page: Page): Promise<OpeningProbes> {
  const cdp = await page.context().newCDPSession(page);
  const waiting = new Map<string, { since: number; resolve(at: number): void }>();
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__benchReport') return;
    const { id, sighting, at } = JSON.parse(payload) as { id: string; sighting: Sighting; at: number };
    const waiter = waiting.get(`${sighting} ${id}`);
    if (waiter === undefined || at < waiter.since) return;
    waiting.delete(`${sighting} ${id}`);
    waiter.resolve(at);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchReport' });
  await page.addInitScript(() => {
    const probes: Window['__open'] = { clickAt: 0 };
    window.__open = probes;
    addEventListener('click', (event) => (probes.clickAt = performance.timeOrigin + event.timeStamp), true);
    const report = (id: string, sighting: Sighting) =>
      window.__benchReport?.(
        JSON.stringify({ id, sighting, at: performance.timeOrigin + performance.now() }),
      );
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      for (const element of Array.from(document.querySelectorAll('[data-synthetic-ready]'))) {
        if (seen.has(element)) continue;
        seen.add(element);
        const id = element.getAttribute('data-synthetic-ready') ?? '';
        report(id, 'shown');
        requestAnimationFrame(() => report(id, 'painted'));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails !== undefined)
      throw new Error(`${expression} failed in the page: ${exceptionDetails.text}`);
    return result.value as T;
  };
  return {
    next(id, sighting) {
      const key = `${sighting} ${id}`;
      const answer = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(key);
          reject(new Error(`${id} was not ${sighting} within 60 s of being opened.`));
        }, 60_000);
        waiting.set(key, {
          since: Date.now(),
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        });
      });
      // A question whose click failed is never awaited: its timeout must not end the process.
      answer.catch(() => undefined);
      return answer;
    },
    click: (selector) =>
      evaluate<boolean>(
        `(() => { const element = document.querySelector(${JSON.stringify(selector)}); element?.click(); return element !== null; })()`,
      ),
    evaluate,
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
