import { describe, expect, it } from 'vitest';
import { groupDigits } from './groupDigits.ts';

describe('groupDigits', () => {
  it('groups a count as Intl.NumberFormat does for Bahasa Indonesia and English', () => {
    for (const count of [0, 7, 999, 1000, 19069, 27000, 1234567, -4500]) {
      expect(groupDigits(count, '.')).toBe(new Intl.NumberFormat('id-ID').format(count));
      expect(groupDigits(count, ',')).toBe(new Intl.NumberFormat('en').format(count));
    }
  });
});
