import type { Browser, Page } from 'playwright-core';
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

/** Milliseconds from the click `click` makes to app `id`'s content painted, in the page or in one of its frames. */
async function timeOpening({ probes }: ProbedPage, id: string, click: () => Promise<void>): Promise<number> {
  const painted = probes.next(id, 'painted');
  await click();
  const paintedAt = await painted;
  return paintedAt - (await probes.evaluate<number>('window.__open.clickAt'));
}

/** Clicks the app's link on the agency page and waits until its content is painted; milliseconds. */
async function openFromCatalog(probed: ProbedPage, id: string): Promise<number> {
  const link = probed.page.locator(`a[href="/layanan/${id}"]`).first();
  await link.waitFor();
  return timeOpening(probed, id, () => link.click());
}

/** A page of a fresh context with the opening probes, throttled like a phone on request. */
async function probedPage(browser: Browser, throttled = false): Promise<ProbedPage> {
  const page = await (await browser.newContext()).newPage();
  const probes = await installOpeningProbes(page);
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
  const probed = await probedPage(browser, throttled);
  const { page } = probed;
  const result: Openings = { cold: [], warm: [] };
  await page.goto(`${portalPage}?apps=${encodeURIComponent(JSON.stringify(apps))}`);
  for (const app of apps) {
    for (const kind of ['cold', 'warm'] as const) {
      result[kind].push(await timeOpening(probed, app.id, () => page.click(`a[data-app="${app.id}"]`)));
    }
  }
  await page.context().close();
  return result;
}

/** Waits until `expression` holds in the page, asking it every 50 ms for up to a minute; `what` names it if not. */
async function until({ page, probes }: ProbedPage, expression: string, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await probes.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: ${what} within 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks `link` once it is there, and waits until app `id` shows its content (in the page or in a frame). */
async function openByClick(probed: ProbedPage, link: string, id: string): Promise<void> {
  await until(probed, `document.querySelector(${JSON.stringify(link)}) !== null`, `no ${link}`);
  const shown = probed.probes.next(id, 'shown');
  await probed.probes.click(link);
  await shown;
}

/**
 * JS heap after opening ten apps: in BAS one after the other in one page, going back to the agency page between
 * them (each app's code stays in the module cache, as it does for a person); in the iframe portal as ten frames.
 * Driven through CDP alone (installOpeningProbes), so neither heap holds the test driver's scripts.
 */
export async function memoryForTenApps(
  browser: Browser,
  portal: string,
  portalPage: string,
  apps: readonly { id: string; url: string }[],
): Promise<{ bas: number; iframe: number }> {
  const ten = apps.slice(0, 10);
  const bas = await probedPage(browser);
  await bas.page.goto(new URL('/instansi/diskominfo', portal).href, { waitUntil: 'networkidle' });
  for (const [index, app] of ten.entries()) {
    if (index > 0) {
      await bas.probes.evaluate('history.back()');
      await until(bas, `location.pathname === '/instansi/diskominfo'`, 'not back on the agency page');
    }
    await openByClick(bas, `a[href="/layanan/${app.id}"]`, app.id);
  }
  const basHeap = await heapAfterGc(bas.page);
  await bas.page.context().close();

  const iframe = await probedPage(browser);
  await iframe.page.goto(`${portalPage}?keep=1&apps=${encodeURIComponent(JSON.stringify(ten))}`);
  for (const app of ten) await openByClick(iframe, `a[data-app="${app.id}"]`, app.id);
  const iframeHeap = await heapAfterGc(iframe.page);
  await iframe.page.context().close();
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
  // The page shows the agency's 48 most used apps first (decisions/0038): all of them, to reach every synthetic one.
  // The page keeps the whole section when the person comes back to it.
  await page.locator('.app-card').first().waitFor();
  const showAll = page.locator('button.show-more');
  if ((await showAll.count()) > 0) await showAll.click();
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
