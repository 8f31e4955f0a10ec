import { describe, expect, it } from 'vitest';
import { scaledSize } from './scaledSize.ts';

describe('scaledSize', () => {
  it('brings the long side down to 1600 px, landscape or portrait, keeping the proportions', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(4000, 1800)).toEqual({ width: 1600, height: 720 });
  });

  it('never enlarges a smaller photo', () => {
    expect(scaledSize(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
  });

  it('keeps a sliver at least one pixel wide', () => {
    expect(scaledSize(10_000, 2)).toEqual({ width: 1600, height: 1 });
  });
});
