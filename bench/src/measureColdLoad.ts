import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { installProbes, throttleLikeLighthouseMobile } from './pageProbes.ts';

export interface ColdLoad {
  fcp: number;
  lcp: number;
  /** Every script the home page loaded until idle, gzip (level 9, as a CDN would send it). */
  jsKb: number;
  /** Scripts requested before the first contentful paint, gzip: none since the home paints first (decisions/0033). */
  firstPaintJsKb: number;
  /** Scripts requested before the shell was live (hydrated, its controls enabled), gzip. */
  liveJsKb: number;
  requests: number;
}

/** One cold visit of the citizen home: a new profile, nothing cached. */
export async function measureColdLoad(browser: Browser, url: string, throttled: boolean): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await installProbes(context);
  const page = await context.newPage();
  if (throttled) await throttleLikeLighthouseMobile(page);
  const scripts = new Map<string, Promise<Buffer>>();
  let requests = 0;
  page.on('request', () => (requests += 1));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForSelector('a[href^="/layanan/"]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.liveAt !== undefined, undefined, { timeout: 60_000 });
  const timings = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const liveAt = window.__bench.liveAt ?? Number.NaN;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requestedBefore = (at: number) =>
      resources.filter((entry) => entry.startTime < at).map((entry) => entry.name);
    return {
      fcp,
      lcp: window.__bench.lcp,
      beforePaint: requestedBefore(fcp),
      beforeLive: requestedBefore(liveAt),
    };
  });
  const gzipKb = async (urls: string[]) =>
    (
      await Promise.all(
        urls.map(
          async (script) => gzipSync((await scripts.get(script)) ?? Buffer.alloc(0), { level: 9 }).length,
        ),
      )
    ).reduce((sum, size) => sum + size, 0) / 1024;
  const all = [...scripts.keys()];
  const result = {
    fcp: timings.fcp,
    lcp: timings.lcp,
    jsKb: await gzipKb(all),
    firstPaintJsKb: await gzipKb(all.filter((script) => timings.beforePaint.includes(script))),
    liveJsKb: await gzipKb(all.filter((script) => timings.beforeLive.includes(script))),
    requests,
  };
  await context.close();
  return result;
}
