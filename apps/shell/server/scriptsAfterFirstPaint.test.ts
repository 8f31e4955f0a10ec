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
/** The modules the page's scripts imported, in order. */
let imported: string[] = [];

/**
 * Parses `html`, and runs its inline scripts in this test's document as the browser would, their dynamic imports
 * noted instead of run (`import` is syntax, not a function a test can replace: the scripts' text is rewritten).
 */
function open(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren();
  imported = [];
  const note = (url: string) => imported.push(url);
  for (const script of parsed.querySelectorAll('script:not([src])')) {
    new Function('importModule', script.textContent.replaceAll('import(', 'importModule('))(note);
  }
  return parsed;
}

/** What the page has requested of its scripts: the modules imported and the preloads added. */
const requested = () => [
  ...imported,
  ...[...document.head.querySelectorAll('script[src], link[rel="modulepreload"]')].map(
    (element) => element.getAttribute('src') ?? element.getAttribute('href'),
  ),
];

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
    expect(requested()).toEqual([]);

    paint();
    expect(requested()).toEqual(['/assets/entry.js', '/assets/react.js']);
    // Preloaded as the module graph fetches (CORS), so the import uses what was preloaded.
    expect(document.head.querySelector('link[rel="modulepreload"]')).toMatchObject({ crossOrigin: '' });
    // Requested once, not again by the fallback for a tab in the background.
    vi.advanceTimersByTime(5000);
    expect(imported).toEqual(['/assets/entry.js']);
  });

  it('creates no script element: a script src is a sink the Trusted Types policy guards', () => {
    const appended = vi.spyOn(document.head, 'append');
    open(scriptsAfterFirstPaint(built));
    paint();
    const added = appended.mock.calls.flat() as Element[];
    expect(added.map((element) => element.tagName)).toEqual(['LINK']);
  });

  it('refuses a page whose scripts carry no nonce: its loader would be refused by the policy', () => {
    expect(() => scriptsAfterFirstPaint(built.replaceAll(' nonce="n0nce"', ''))).toThrow(/without a nonce/);
  });

  it('when the browser reports no paint (a tab in the background), requests them after 3 s', () => {
    open(scriptsAfterFirstPaint(built));
    vi.advanceTimersByTime(2999);
    expect(imported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(imported).toEqual(['/assets/entry.js']);
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
    const added = () => requested().length;
    expect(added()).toBe(6);
    vi.advanceTimersToNextTimer();
    expect(added()).toBe(12);
    vi.advanceTimersByTime(10);
    expect(added()).toBe(15);
  });
});
