import type { Browser } from 'playwright-core';
import { installProbes } from './pageProbes.ts';

/**
 * The shell's start-up with a catalog of `size` apps: from navigation to the first app link on the home page. The
 * manifest is the portal's own, cut to `size` entries and answered by the browser's request routing, so only the
 * catalog's size changes.
 */
export async function measureStartup(
  browser: Browser,
  portal: string,
  manifest: { entries: unknown[] },
  size: number,
): Promise<number> {
  const context = await browser.newContext();
  await installProbes(context);
  const body = JSON.stringify({ entries: manifest.entries.slice(0, size) });
  await context.route('**/api/manifest', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await context.newPage();
  await page.goto(portal, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__bench.catalogAt !== undefined, undefined, { timeout: 60_000 });
  const at = await page.evaluate(() => window.__bench.catalogAt ?? Number.NaN);
  await context.close();
  return at;
}
