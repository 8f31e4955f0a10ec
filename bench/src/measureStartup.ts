import type { Browser } from 'playwright-core';
import { installProbes } from './pageProbes.ts';

export interface Startup {
  /** From navigation to the first app link on the home page. */
  catalogAt: number;
  /** From navigation to the shell having taken over the page (hydrated, its controls enabled). */
  liveAt: number;
}

/** A cold start of the shell at `portal`, whose registry holds the catalog being measured. */
export async function measureStartup(browser: Browser, portal: string): Promise<Startup> {
  const context = await browser.newContext();
  await installProbes(context);
  const page = await context.newPage();
  await page.goto(portal, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => window.__bench.catalogAt !== undefined && window.__bench.liveAt !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const startup = await page.evaluate(() => ({
    catalogAt: window.__bench.catalogAt ?? Number.NaN,
    liveAt: window.__bench.liveAt ?? Number.NaN,
  }));
  await context.close();
  return startup;
}
