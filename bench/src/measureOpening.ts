import type { Browser, Frame, Page } from 'playwright-core';
import {
  heapAfterGc,
  installOpeningProbes,
  throttleLikeLighthouseMobile,
  type OpeningProbes,
} from './pageProbes.ts';

interface ProbedPage {
  page: Page;
  probes: OpeningProbes;
}

/** Clicks the app's link on the agency page and waits until its content is painted; milliseconds. */
async function openFromCatalog({ page, probes }: ProbedPage, id: string): Promise<number> {
  const link = page.locator(`a[href="/layanan/${id}"]`).first();
  await link.waitFor();
  const ready = probes.nextReady(id);
  await link.click();
  const readyAt = await ready;
  return readyAt - (await page.evaluate(() => window.__open.clickAt));
}

/** A page of a fresh context with the opening probes, throttled like a phone on request. */
async function probedPage(browser: Browser, throttled = false): Promise<ProbedPage> {
  const context = await browser.newContext();
  const probes = await installOpeningProbes(context);
  const page = await context.newPage();
  if (throttled) await throttleLikeLighthouseMobile(page);
  return { page, probes };
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
  const probed = await probedPage(browser, throttled);
  const listing = new URL('/instansi/diskominfo', portal).href;
  const result: Openings = { cold: [], warm: [] };
  for (const id of ids) {
    await probed.page.goto(listing, { waitUntil: 'networkidle', timeout: 120_000 });
    result.cold.push(await openFromCatalog(probed, id));
    await probed.page.goBack();
    result.warm.push(await openFromCatalog(probed, id));
  }
  await probed.page.context().close();
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
  const { page, probes } = await probedPage(browser, throttled);
  const result: Openings = { cold: [], warm: [] };
  await page.goto(`${portalPage}?apps=${encodeURIComponent(JSON.stringify(apps))}`);
  for (const app of apps) {
    for (const kind of ['cold', 'warm'] as const) {
      const ready = probes.nextReady(app.id);
      await page.click(`a[data-app="${app.id}"]`);
      const readyAt = await ready;
      result[kind].push(readyAt - (await page.evaluate(() => window.__open.clickAt)));
    }
  }
  await page.context().close();
  return result;
}

/** Polls `page` (from Node) until `found` holds in one of its frames; `what` says what was awaited if it never does. */
async function untilInPage(
  page: Page,
  what: string,
  found: (frame: Frame) => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (const frame of page.frames()) if (await found(frame).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${page.url()}: ${what} within 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens the app behind `link` and waits until it shows its content, driven from the page's own script rather than
 * Playwright's locators: a locator first evaluates Playwright's script in the page (about 0.4 MB of heap), so the
 * heap measured would no longer be the portal's alone.
 */
async function openFromPage(page: Page, link: string, id: string): Promise<void> {
  await untilInPage(page, `no ${link} to click`, (frame) =>
    frame.evaluate((wanted) => {
      const element = document.querySelector<HTMLElement>(wanted);
      element?.click();
      return element !== null;
    }, link),
  );
  await untilInPage(page, `${id} did not show its content`, (frame) =>
    frame.evaluate((app) => document.querySelector(`[data-synthetic-ready="${app}"]`) !== null, id),
  );
}

/**
 * JS heap after opening ten apps: in BAS one after the other in the shell, in the iframe portal as ten frames; in
 * both, nothing of the test driver in the page (openFromPage).
 */
export async function memoryForTenApps(
  browser: Browser,
  portal: string,
  portalPage: string,
  apps: readonly { id: string; url: string }[],
): Promise<{ bas: number; iframe: number }> {
  const ten = apps.slice(0, 10);
  const bas = await (await browser.newContext()).newPage();
  for (const app of ten) {
    await bas.goto(new URL('/instansi/diskominfo', portal).href, { waitUntil: 'networkidle' });
    await openFromPage(bas, `a[href="/layanan/${app.id}"]`, app.id);
  }
  const basHeap = await heapAfterGc(bas);
  await bas.context().close();

  const iframe = await (await browser.newContext()).newPage();
  await iframe.goto(`${portalPage}?keep=1&apps=${encodeURIComponent(JSON.stringify(ten))}`);
  for (const app of ten) await openFromPage(iframe, `a[data-app="${app.id}"]`, app.id);
  const iframeHeap = await heapAfterGc(iframe);
  await iframe.context().close();
  return { bas: basHeap, iframe: iframeHeap };
}

/** Heap growth per app after opening and leaving every synthetic app once: what stays behind beyond the first. */
export async function heapGrowthPerApp(
  browser: Browser,
  portal: string,
  ids: readonly string[],
): Promise<number> {
  const probed = await probedPage(browser);
  const { page } = probed;
  const listing = new URL('/instansi/diskominfo', portal).href;
  await page.goto(listing, { waitUntil: 'networkidle' });
  await openFromCatalog(probed, ids[0] ?? '');
  await page.goBack();
  const afterFirst = await heapAfterGc(page);
  for (const id of ids.slice(1)) {
    await openFromCatalog(probed, id);
    await page.goBack();
  }
  const afterAll = await heapAfterGc(page);
  await page.context().close();
  return (afterAll - afterFirst) / Math.max(1, ids.length - 1);
}
