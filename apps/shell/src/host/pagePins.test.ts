import { describe, expect, it } from 'vitest';
import { createPagePins } from './pagePins.ts';

const file = 'http://127.0.0.1:4101/dinkes/remoteEntry.js';
const approved = `sha384-${'A'.repeat(64)}`;
const other = `sha384-${'B'.repeat(64)}`;

describe('the page’s pins', () => {
  it('never preload a file an index has pinned with other bytes', () => {
    const pins = createPagePins();
    expect(pins.pin(file, approved)).toBeUndefined();
    expect(pins.mayPreload(file, other)).toBe(false);
    expect(pins.mayPreload(file, approved)).toBe(true);
  });

  it('name the other bytes a file was preloaded with when an index pins it', () => {
    const pins = createPagePins();
    expect(pins.mayPreload(file, other)).toBe(true);
    expect(pins.pin(file, approved)).toBe(other);
    expect(pins.pinned(file)).toBe(approved);
  });

  it('preload each file once', () => {
    const pins = createPagePins();
    expect(pins.mayPreload(file, approved)).toBe(true);
    expect(pins.mayPreload(file, approved)).toBe(false);
  });
});
