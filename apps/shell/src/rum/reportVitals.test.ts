import type { MetricWithAttribution } from 'web-vitals/attribution';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appOnScreen, showApp } from './appOnScreen.ts';
import { reportVitals } from './reportVitals.ts';
import type { RumSample } from './RumSample.ts';

// web-vitals as the browser drives it: each metric's callback, called here when the test says it is reported.
const reporters = vi.hoisted(() => new Map<string, (metric: unknown) => void>());
vi.mock('web-vitals/attribution', () => {
  const on = (name: string) => (callback: (metric: unknown) => void) => void reporters.set(name, callback);
  return { onLCP: on('LCP'), onINP: on('INP'), onCLS: on('CLS'), onFCP: on('FCP'), onTTFB: on('TTFB') };
});
// The monitoring itself is not fetched here: only where the vitals go is.
vi.mock('./whenSampled.ts', () => ({ whenSampled: () => undefined }));

/** Reports `name` with `value`, for a page the browser loaded at `path`. */
function reported(name: MetricWithAttribution['name'], value: number, path = '/layanan/pbb') {
  reporters.get(name)?.({ name, value, navigationURL: `http://portal.test${path}`, attribution: {} });
}

function start() {
  const samples: RumSample[] = [];
  reportVitals((sample) => samples.push(sample), appOnScreen);
  return samples;
}

let hide: () => void = () => {};
afterEach(() => hide());

describe('reportVitals', () => {
  it('counts each vital for the app on screen when it is reported', () => {
    const samples = start();
    hide = showApp('pbb', '/layanan/pbb');
    reported('LCP', 1234.6);
    reported('FCP', 800.2);
    reported('TTFB', 120);
    reported('INP', 96);
    reported('CLS', 0.123456);
    expect(samples).toEqual([
      { appId: 'pbb', metric: 'LCP', value: 1235 },
      { appId: 'pbb', metric: 'FCP', value: 800 },
      { appId: 'pbb', metric: 'TTFB', value: 120 },
      { appId: 'pbb', metric: 'INP', value: 96 },
      { appId: 'pbb', metric: 'CLS', value: 0.1235 },
    ]);
  });

  it('sends nothing while no app is on screen: the home page’s vitals are no app’s', () => {
    const samples = start();
    hide = showApp('pbb', '/layanan/pbb');
    hide();
    reported('INP', 96, '/');
    reported('CLS', 0.02, '/');
    reported('LCP', 900, '/');
    expect(samples).toEqual([]);
  });

  it('leaves out the load’s vitals of a page loaded on the home page, even once an app is open', () => {
    const samples = start();
    // The person came in on the home page and then opened the app: its LCP, FCP and TTFB are the home page's.
    hide = showApp('pbb', '/layanan/pbb');
    reported('LCP', 900, '/');
    reported('FCP', 700, '/');
    reported('TTFB', 80, '/');
    reported('INP', 200, '/');
    // Deep inside the app's own pages, the load is still the app's.
    reported('LCP', 1500, '/layanan/pbb/tagihan/2026');
    // Another app's route that starts alike is not.
    reported('LCP', 1600, '/layanan/pbb-lama');
    expect(samples).toEqual([
      { appId: 'pbb', metric: 'INP', value: 200 },
      { appId: 'pbb', metric: 'LCP', value: 1500 },
    ]);
  });

  it('follows the app on screen as the person moves from one to another', () => {
    const samples = start();
    const hidePbb = showApp('pbb', '/layanan/pbb');
    hide = showApp('sipkd', '/layanan/sipkd');
    // The first app's page going away after the second came must not clear the second.
    hidePbb();
    reported('INP', 64);
    expect(samples).toEqual([{ appId: 'sipkd', metric: 'INP', value: 64 }]);
  });

  it('leaves out a figure the registry would refuse, from a tab left in the background', () => {
    const samples = start();
    hide = showApp('pbb', '/layanan/pbb');
    reported('INP', 900_000);
    reported('CLS', 250);
    expect(samples).toEqual([]);
  });
});
