import { chromiumFlags, chromiumPath } from '@bas/chromium';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, with the heap measurable and collectable on demand. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumFlags, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}
