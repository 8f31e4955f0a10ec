import { chromiumFlags, chromiumPath } from '@bas/chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

/**
 * A Lighthouse run of a page with its default mobile settings (a mid-range phone on slow 4G, simulated), in
 * Debian's Chromium; scores 0 to 100.
 */
export async function measureLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = result?.lhr.categories;
    const score = (name: string) => Math.round((categories?.[name]?.score ?? Number.NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
    };
  } finally {
    chrome.kill();
  }
}
