import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '../support/test.ts';
import { testPortal } from '../support/testPortal.ts';

const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as {
  shellLiveJsKb: number;
};

test('the shell’s JavaScript until it is live stays within its budget, and the home paints before any of it is asked for', async ({
  page,
}) => {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
  });
  // Live: hydrated, its controls enabled; noted in the page the moment it happens. What the shell fetches once
  // idle after that (for the first app opened) is not what a person waits for.
  await page.addInitScript(() => {
    // What the Trusted Types policy (report-only until every sink is covered) would refuse on the way to live.
    const refused: string[] = [];
    (window as unknown as { refused: string[] }).refused = refused;
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective === 'require-trusted-types-for') refused.push(event.sample);
    });
    new MutationObserver((_changes, observer) => {
      if (document.querySelector('.language button:enabled') === null) return;
      (window as unknown as { liveAt: number }).liveAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(testPortal.url, { waitUntil: 'networkidle' });
  await expect(page.locator('.service-tiles a').first()).toBeVisible();
  await expect(page.locator('.language button').first()).toBeEnabled();

  // The scripts the browser started fetching before the shell was live: what a person waits for to use it.
  const { fcp, beforeFcp, beforeLive } = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requestedBefore = (at: number) =>
      resources.filter((entry) => entry.startTime < at).map((entry) => entry.name);
    return {
      fcp: paint?.startTime,
      beforeFcp: requestedBefore(paint?.startTime ?? Number.POSITIVE_INFINITY),
      beforeLive: requestedBefore((window as unknown as { liveAt: number }).liveAt),
    };
  });
  expect(fcp).toBeDefined();
  // The server-rendered home paints from its HTML and stylesheet alone (decisions/0033).
  const toPaint = [...bodies.keys()].filter((url) => beforeFcp.includes(url));
  expect(toPaint).toEqual([]);
  // Nor does it wait on the tiles' icons: drawn in the page, not files each decoded as a document of its own
  // (decisions/0040).
  expect(beforeFcp.filter((url) => new URL(url).pathname.startsWith('/icons/'))).toEqual([]);
  await expect(page.locator('.service-tiles a svg path').first()).toBeVisible();
  await expect(page.locator('.service-tiles a img')).toHaveCount(0);
  // The loader that requests the scripts after the paint passes no URL through a guarded sink.
  expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
  const toLive = [...bodies.keys()].filter((url) => beforeLive.includes(url));
  const gzipped = async (body: Promise<Buffer> | undefined) =>
    body === undefined ? 0 : gzipSync(await body, { level: 9 }).length;
  const sizes = await Promise.all(toLive.map((url) => gzipped(bodies.get(url))));
  const kb = sizes.reduce((sum, size) => sum + size, 0) / 1024;
  const all =
    (await Promise.all([...bodies.values()].map(gzipped))).reduce((sum, size) => sum + size, 0) / 1024;
  const line = `shell JS until live: ${kb.toFixed(1)} KB gzip in ${toLive.length} files (budget ${budgets.shellLiveJsKb} KB); all JS once idle: ${all.toFixed(1)} KB`;
  console.log(line);
  test.info().annotations.push({ type: 'budget', description: line });
  expect(toLive.length).toBeGreaterThan(0);
  expect(kb).toBeLessThanOrEqual(budgets.shellLiveJsKb);
});
