import { afterEach, describe, expect, it } from 'vitest';
import { injectStylesheet } from './injectStylesheet.ts';
import { kitStylesheet } from './kitStylesheet.ts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('injectStylesheet', () => {
  it('adds the stylesheet once, however many apps use the kit', () => {
    const first = document.body.appendChild(document.createElement('div'));
    const second = document.body.appendChild(document.createElement('div'));
    injectStylesheet(first);
    injectStylesheet(second);
    expect(document.head.querySelectorAll('style[data-bas-ui]')).toHaveLength(1);
    expect(first.classList.contains('bas-ui')).toBe(true);
    expect(second.classList.contains('bas-ui')).toBe(true);
  });

  it('puts it inside a shadow root when the app lives in one', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const element = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    injectStylesheet(element);
    expect(host.shadowRoot?.querySelector('style[data-bas-ui]')).not.toBeNull();
    expect(document.head.querySelector('style[data-bas-ui]')).toBeNull();
  });

  it('styles nothing outside an app root: every rule is scoped under .bas-ui', () => {
    const selectors = kitStylesheet
      .replace(/\{[^}]*\}/g, '\n')
      .split(/[\n,]/)
      .map((selector) => selector.trim())
      .filter((selector) => selector !== '');
    expect(selectors.length).toBeGreaterThan(20);
    expect(selectors.filter((selector) => !selector.startsWith('.bas-ui'))).toEqual([]);
  });
});
