import { describe, expect, it } from 'vitest';
import { pengumumanEntry } from '../src/catalog/pengumumanEntry.fixture.ts';
import { readBootData } from '../src/catalog/readBootData.ts';
import { renderHomePage } from './renderHomePage.tsx';

const template = '<!doctype html><html><body><div id="root"></div></body></html>';
const config = { manifestUrl: '/api/manifest', remoteTimeoutMs: 8000, remoteOrigins: [], rumSampleRate: 0.1 };
// A popular service, so the home's first screen offers it.
const popular = { ...pengumumanEntry, id: 'dokumen-kependudukan', route: 'dokumen-kependudukan' };

describe('renderHomePage', () => {
  it('renders the catalog into the page, with the data the shell starts from beside it', () => {
    const sneaky = {
      ...popular,
      name: { id: 'Pengumuman </script><script>alert(1)</script>', en: 'Announcements' },
    };
    const html = renderHomePage(template, config, [sneaky]);
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;

    expect(document.querySelector('h1')?.textContent).toBe('Semua layanan Kota Bogor dalam satu portal');
    expect(document.querySelector(`a[href="/layanan/${popular.route}"]`)?.textContent).toBe(
      'Pengumuman </script><script>alert(1)</script>',
    );
    // An entry's text neither closes the data's script element nor runs.
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(readBootData()).toEqual({
      config,
      home: {
        total: 1,
        popular: [sneaky],
        categories: { [sneaky.category]: 1 },
        agencies: { [sneaky.agency]: 1 },
        lifeEvents: {},
      },
      icons: new Map(),
    });
  });

  it("draws the tiles' icons inline from their shapes, geometry only, and the same shapes beside the page", () => {
    const other = { ...pengumumanEntry, id: 'aduan-warga', route: 'aduan-warga', icon: 'message-square' };
    const shapes: Record<string, unknown> = {
      [popular.icon]: [
        ['circle', { cx: '9', cy: '12', r: '3', onload: 'alert(1)', style: 'fill:url(//evil.test)' }],
        ['path', { d: 'M16 10h2' }],
      ],
      // Not shapes alone: left to the icon server's file.
      'message-square': [
        ['path', { d: 'M1 1' }],
        ['script', { href: '//evil.test/x.js' }],
      ],
    };
    const html = renderHomePage(template, config, [popular, other], 'id', {}, (name) => shapes[name]);
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;

    const tile = (route: string) => document.querySelector(`.service-tiles a[href="/layanan/${route}"]`);
    const drawn = tile(popular.route)?.querySelector('svg');
    expect(tile(popular.route)?.querySelector('img')).toBeNull();
    expect(drawn?.innerHTML).toBe('<circle cx="9" cy="12" r="3"></circle><path d="M16 10h2"></path>');
    expect(tile(other.route)?.querySelector('svg')).toBeNull();
    expect(tile(other.route)?.querySelector('img')?.getAttribute('src')).toBe('/icons/message-square.svg');
    // The shell hydrates with the same shapes, so it draws what the server drew.
    expect(readBootData()?.icons).toEqual(
      new Map([
        [
          popular.icon,
          [
            ['circle', { cx: '9', cy: '12', r: '3' }],
            ['path', { d: 'M16 10h2' }],
          ],
        ],
      ]),
    );
  });

  it('renders in the language the visitor chose, and Bahasa Indonesia again after', () => {
    const page = '<!doctype html><html lang="id"><body><div id="root"></div></body></html>';
    const english = renderHomePage(page, config, [popular], 'en');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Every Kota Bogor service in one portal');
    expect(english).toContain(`<span>${popular.name.en}</span>`);
    const indonesian = renderHomePage(page, config, [popular]);
    expect(indonesian).toContain('<html lang="id">');
    expect(indonesian).toContain('Semua layanan Kota Bogor dalam satu portal');
  });

  it("puts an entry's text in literally, dollar signs and all, and the template once", () => {
    const page =
      '<!doctype html><html lang="id"><head><title>BAS</title></head><body><div id="root"></div></body></html>';
    const text = "Biaya US$`10, $' pajak, $& dan $$ lain";
    const dollars = {
      ...popular,
      name: { id: `Dokumen ${text}`, en: 'Documents' },
      description: { id: text, en: text },
    };
    const html = renderHomePage(page, config, [dollars]);
    expect(html.split('<!doctype html>')).toHaveLength(2);
    expect(html.split('<title>BAS</title>')).toHaveLength(2);
    expect(html).toContain(`"description":{"id":${JSON.stringify(text)}`);
    expect(html).toContain(`Dokumen ${text.replaceAll('&', '&amp;').replaceAll("'", '&#x27;')}`);
  });

  it('leaves out an entry the shell could not show, and renders the rest', () => {
    const { name: _name, ...broken } = { ...pengumumanEntry, id: 'rusak', route: 'rusak' };
    const html = renderHomePage(template, config, [broken as typeof popular, popular]);
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;
    expect(document.querySelector(`a[href="/layanan/${popular.route}"]`)).not.toBeNull();
    expect(readBootData()?.home).toMatchObject({ total: 1, popular: [popular] });
  });

  it('puts the home into the page, not the catalog: its size does not grow with the catalog', () => {
    const others = Array.from({ length: 2000 }, (_, index) => ({
      ...pengumumanEntry,
      id: `layanan-${index}`,
      route: `layanan-${index}`,
    }));
    const html = renderHomePage(template, config, [popular, ...others]);
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;
    const boot = readBootData();
    expect(boot?.home.total).toBe(2001);
    expect(boot?.home.popular).toEqual([popular]);
    expect(document.querySelector('.show-all')?.textContent).toContain('Lihat semua 2.001 layanan');
    // The 2,000 others' routes are nowhere in the page.
    expect(html).not.toContain('layanan-1999');
    expect(html.length).toBeLessThan(20_000);
  });

  it('refuses a template the shell cannot start from', () => {
    expect(() => renderHomePage('<html><body></body></html>', config, [])).toThrow(
      'The shell\'s index.html has no <div id="root"></div> to render into.',
    );
  });
});
