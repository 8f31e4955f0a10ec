import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scriptsAfterFirstPaint } from './scriptsAfterFirstPaint.ts';

// As the shell's build writes it, nonce slots filled in by the portal's server.
const built =
  '<!doctype html><html><head><title>BAS</title>' +
  '<script type="module" crossorigin src="/assets/entry.js" nonce="n0nce"></script>' +
  '<link rel="modulepreload" crossorigin href="/assets/react.js" nonce="n0nce">' +
  '<link rel="icon" href="/favicon.svg">' +
  '</head><body><div id="root"><h1>Layanan</h1></div></body></html>';

/** The browser's report of the page's first contentful paint. */
let paint: () => void = () => {};

/** Parses `html`, and runs its inline scripts in this test's document as the browser would. */
function open(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren();
  for (const script of parsed.querySelectorAll('script:not([src])')) {
    new Function(script.textContent)();
  }
  return parsed;
}

describe('scriptsAfterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(
          private readonly report: (list: Pick<PerformanceObserverEntryList, 'getEntriesByName'>) => void,
        ) {}
        observe(options: PerformanceObserverInit) {
          if (options.type !== 'paint') return;
          paint = () =>
            this.report({
              getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{} as PerformanceEntry] : []),
            });
        }
        disconnect() {
          paint = () => {};
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the page without its scripts and requests them once it has painted, the entry first', () => {
    const parsed = open(scriptsAfterFirstPaint(built));
    // Nothing the browser would fetch before painting but the stylesheet.
    expect(parsed.querySelectorAll('script[src], link[rel="modulepreload"]')).toHaveLength(0);
    expect(parsed.querySelector('link[rel="icon"]')).not.toBeNull();
    // The inline loader carries the page's nonce, or the page's policy would refuse it.
    expect(parsed.querySelector('script:not([src])')?.getAttribute('nonce')).toBe('n0nce');
    expect(document.head.querySelectorAll('script[src], link[rel="modulepreload"]')).toHaveLength(0);

    paint();
    const added = [...document.head.querySelectorAll('script[src], link[rel="modulepreload"]')];
    expect(added.map((element) => element.getAttribute('src') ?? element.getAttribute('href'))).toEqual([
      '/assets/entry.js',
      '/assets/react.js',
    ]);
    expect(added[0]).toMatchObject({ type: 'module', crossOrigin: '' });
    // Added once, not again by the fallback for a tab in the background.
    vi.advanceTimersByTime(5000);
    expect(document.head.querySelectorAll('script[src]')).toHaveLength(1);
  });

  it('when the browser reports no paint (a tab in the background), requests them after 3 s', () => {
    open(scriptsAfterFirstPaint(built));
    vi.advanceTimersByTime(2999);
    expect(document.head.querySelectorAll('script[src]')).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(document.head.querySelectorAll('script[src]')).toHaveLength(1);
  });

  it('keeps a script path from closing the loader', () => {
    const sneaky = built.replace('/assets/entry.js', '/assets/</script><script>alert(1)//.js');
    const parsed = open(scriptsAfterFirstPaint(sneaky));
    expect(parsed.querySelectorAll('script')).toHaveLength(1);
  });

  it('adds many preloads a few at a time, each batch a short task of its own', () => {
    const preloads = Array.from(
      { length: 13 },
      (_, index) => `<link rel="modulepreload" crossorigin href="/assets/part-${index}.js" nonce="n0nce">`,
    ).join('');
    open(scriptsAfterFirstPaint(built.replace('</head>', `${preloads}</head>`)));
    paint();
    const added = () => document.head.querySelectorAll('script[src], link[rel="modulepreload"]').length;
    expect(added()).toBe(6);
    vi.advanceTimersToNextTimer();
    expect(added()).toBe(12);
    vi.advanceTimersByTime(10);
    expect(added()).toBe(15);
  });
});
