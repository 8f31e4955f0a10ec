import type { Browser, Page } from 'playwright-core';
import { heapAfterGc, installOpeningProbes, throttleLikeLighthouseMobile } from './pageProbes.ts';

/** Clicks the app's link on the agency page and waits until its content is painted; milliseconds. */
async function openFromCatalog(page: Page, id: string): Promise<number> {
  const link = page.locator(`a[href="/layanan/${id}"]`).first();
  await link.waitFor();
  await page.evaluate((app) => (window.__open.readyAt[app] = undefined), id);
  await link.click();
  await page.waitForFunction((app) => window.__open.readyAt[app] !== undefined, id, { timeout: 60_000 });
  return page.evaluate((app) => (window.__open.readyAt[app] ?? Number.NaN) - window.__open.clickAt, id);
}

/** A page of a fresh context with the opening probes, throttled like a phone on request. */
async function probedPage(browser: Browser, throttled = false): Promise<Page> {
  const context = await browser.newContext();
  await installOpeningProbes(context);
  const page = await context.newPage();
  if (throttled) await throttleLikeLighthouseMobile(page);
  return page;
}

export interface Openings {
  cold: number[];
  warm: number[];
}

/**
 * Opens each app from the catalog twice in one page: the first time loads its code (cold), the second mounts it
 * from the module cache (warm). The agency page lists every synthetic app.
 */
export async function measureOpenings(
  browser: Browser,
  portal: string,
  ids: readonly string[],
  throttled: boolean,
): Promise<Openings> {
  const page = await probedPage(browser, throttled);
  const listing = new URL('/instansi/diskominfo', portal).href;
  const result: Openings = { cold: [], warm: [] };
  for (const id of ids) {
    await page.goto(listing, { waitUntil: 'networkidle', timeout: 120_000 });
    result.cold.push(await openFromCatalog(page, id));
    await page.goBack();
    result.warm.push(await openFromCatalog(page, id));
  }
  await page.context().close();
  return result;
}

/** The iframe portal most governments run: a page whose frame shows the app's own full page. */
export function iframePortalPage(): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal iframe</title>
<style>body{margin:0;font-family:system-ui}nav{padding:.5rem;background:#0b5d3b}nav a{color:#fff;margin-right:1rem}iframe{border:0;width:100%;height:90vh}</style></head>
<body><nav id="apps"></nav><main id="frames"></main>
<script>
const apps = JSON.parse(new URLSearchParams(location.search).get('apps') || '[]');
const keep = new URLSearchParams(location.search).get('keep') === '1';
for (const app of apps) {
  const link = document.createElement('a');
  link.href = '#'; link.textContent = app.id; link.dataset.app = app.id;
  link.onclick = (event) => {
    event.preventDefault();
    const frame = document.createElement('iframe');
    frame.src = app.url; frame.title = app.id;
    if (!keep) document.getElementById('frames').replaceChildren();
    document.getElementById('frames').append(frame);
  };
  document.getElementById('apps').append(link);
}
</script></body></html>`;
}

/** The same apps opened in the iframe portal: click to the app's content painted inside its frame. */
export async function measureIframeOpenings(
  browser: Browser,
  portalPage: string,
  apps: readonly { id: string; url: string }[],
  throttled: boolean,
): Promise<Openings> {
  const page = await probedPage(browser, throttled);
  const result: Openings = { cold: [], warm: [] };
  await page.goto(`${portalPage}?apps=${encodeURIComponent(JSON.stringify(apps))}`);
  for (const app of apps) {
    for (const kind of ['cold', 'warm'] as const) {
      await page.click(`a[data-app="${app.id}"]`);
      const frame = await (await page.locator(`iframe[title="${app.id}"]`).elementHandle())?.contentFrame();
      if (frame === undefined || frame === null) throw new Error(`The iframe portal did not open ${app.id}.`);
      await frame.waitForFunction((id) => window.__open.readyAt[id] !== undefined, app.id, {
        timeout: 60_000,
      });
      const readyAt = await frame.evaluate((id) => window.__open.readyAt[id] ?? Number.NaN, app.id);
      result[kind].push(readyAt - (await page.evaluate(() => window.__open.clickAt)));
    }
  }
  await page.context().close();
  return result;
}

/** JS heap after opening ten apps: in BAS one after the other in the shell, in the iframe portal as ten frames. */
export async function memoryForTenApps(
  browser: Browser,
  portal: string,
  portalPage: string,
  apps: readonly { id: string; url: string }[],
): Promise<{ bas: number; iframe: number }> {
  const ten = apps.slice(0, 10);
  const bas = await probedPage(browser);
  for (const app of ten) {
    await bas.goto(new URL('/instansi/diskominfo', portal).href, { waitUntil: 'networkidle' });
    await openFromCatalog(bas, app.id);
  }
  const basHeap = await heapAfterGc(bas);
  await bas.context().close();

  const iframeContext = await browser.newContext();
  const iframe = await iframeContext.newPage();
  await iframe.goto(`${portalPage}?keep=1&apps=${encodeURIComponent(JSON.stringify(ten))}`);
  for (const app of ten) {
    await iframe.click(`a[data-app="${app.id}"]`);
    await iframe
      .frameLocator(`iframe[title="${app.id}"]`)
      .locator(`[data-synthetic-ready="${app.id}"]`)
      .waitFor({ timeout: 60_000 });
  }
  const iframeHeap = await heapAfterGc(iframe);
  await iframeContext.close();
  return { bas: basHeap, iframe: iframeHeap };
}

/** Heap growth per app after opening and leaving every synthetic app once: what stays behind beyond the first. */
export async function heapGrowthPerApp(
  browser: Browser,
  portal: string,
  ids: readonly string[],
): Promise<number> {
  const page = await probedPage(browser);
  const listing = new URL('/instansi/diskominfo', portal).href;
  await page.goto(listing, { waitUntil: 'networkidle' });
  await openFromCatalog(page, ids[0] ?? '');
  await page.goBack();
  const afterFirst = await heapAfterGc(page);
  for (const id of ids.slice(1)) {
    await openFromCatalog(page, id);
    await page.goBack();
  }
  const afterAll = await heapAfterGc(page);
  await page.context().close();
  return (afterAll - afterFirst) / Math.max(1, ids.length - 1);
}
