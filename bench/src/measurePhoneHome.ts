import type { Browser } from 'playwright-core';
import { throttleLikeLighthouseMobile } from './pageProbes.ts';

export interface PhoneHome {
  /** From navigation start until the first service tile is painted whole inside the first screen. */
  firstServiceMs: number;
  /** The home's height, in screens of the phone (740 px), before anything is expanded. */
  screens: number;
}

const phone = { width: 360, height: 740 };

/**
 * The citizen home on a cheap Android phone (360 x 740, Lighthouse's mobile network and CPU): how soon a service
 * can be tapped without scrolling, and how long the page is to scroll through.
 */
export async function measurePhoneHome(browser: Browser, url: string): Promise<PhoneHome> {
  const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    const found = () => {
      const tile = document.querySelector('.service-tiles a');
      const box = tile?.getBoundingClientRect();
      if (box === undefined || box.bottom > innerHeight || box.top < 0) return requestAnimationFrame(found);
      // The frame after it is in the layout: when it is painted.
      requestAnimationFrame(
        () => ((window as unknown as { __firstService: number }).__firstService = performance.now()),
      );
      return 0;
    };
    requestAnimationFrame(found);
  });
  const page = await context.newPage();
  await throttleLikeLighthouseMobile(page);
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForFunction(() => '__firstService' in window, undefined, { timeout: 60_000 });
  const result = await page.evaluate(
    (height) => ({
      firstServiceMs: (window as unknown as { __firstService: number }).__firstService,
      screens: document.documentElement.scrollHeight / height,
    }),
    phone.height,
  );
  await context.close();
  return result;
}
