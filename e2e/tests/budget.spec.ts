import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '../support/test.ts';
import { testPortal } from '../support/testPortal.ts';

const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as {
  shellFirstPaintJsKb: number;
};

test('the shell’s JavaScript for first paint stays within its budget', async ({ page }) => {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
  });
  await page.goto(testPortal.url, { waitUntil: 'networkidle' });
  await expect(page.locator('.service-tiles a').first()).toBeVisible();

  // The scripts the browser started fetching before the first contentful paint: what a person waits for.
  const { fcp, beforeFcp } = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const at = paint?.startTime ?? Number.POSITIVE_INFINITY;
    return {
      fcp: paint?.startTime,
      beforeFcp: resources.filter((entry) => entry.startTime < at).map((entry) => entry.name),
    };
  });
  expect(fcp).toBeDefined();
  const firstPaint = [...bodies.keys()].filter((url) => beforeFcp.includes(url));
  const gzipped = async (body: Promise<Buffer> | undefined) =>
    body === undefined ? 0 : gzipSync(await body, { level: 9 }).length;
  const sizes = await Promise.all(firstPaint.map((url) => gzipped(bodies.get(url))));
  const kb = sizes.reduce((sum, size) => sum + size, 0) / 1024;
  const all =
    (await Promise.all([...bodies.values()].map(gzipped))).reduce((sum, size) => sum + size, 0) / 1024;
  const line = `shell JS for first paint: ${kb.toFixed(1)} KB gzip in ${firstPaint.length} files (budget ${budgets.shellFirstPaintJsKb} KB); all JS once idle: ${all.toFixed(1)} KB`;
  console.log(line);
  test.info().annotations.push({ type: 'budget', description: line });
  expect(firstPaint.length).toBeGreaterThan(0);
  expect(kb).toBeLessThanOrEqual(budgets.shellFirstPaintJsKb);
});
