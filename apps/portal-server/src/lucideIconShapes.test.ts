import { describe, expect, it } from 'vitest';
import { lucideIconShapes } from './lucideIconShapes.ts';

describe('lucideIconShapes', () => {
  it("reads an icon's shapes from Lucide's file, by its name or by an older name Lucide still serves", () => {
    const shapesOf = lucideIconShapes();
    expect(shapesOf('id-card')).toEqual([
      ['path', { d: 'M13 19a4 4 0 00-8 0' }],
      ['path', { d: 'M16 10h2' }],
      ['path', { d: 'M16 14h2' }],
      ['circle', { cx: '9', cy: '12', r: '3' }],
      ['rect', { x: '2', y: '5', width: '20', height: '14', rx: '2' }],
    ]);
    // "home" is what the seed catalog says; Lucide now calls it "house" and keeps the file under both names.
    expect(shapesOf('home')).toEqual(shapesOf('house'));
    expect(shapesOf('no-such-icon')).toBeUndefined();
    expect(shapesOf('../package')).toBeUndefined();
  });
});
