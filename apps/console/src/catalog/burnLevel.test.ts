import { describe, expect, it } from 'vitest';
import { budgetLastsMs, burnLevel } from './burnLevel.ts';

describe('burnLevel', () => {
  it('calls for someone from 14.4 over an hour and from 6 over six hours, and never over 30 days', () => {
    expect(burnLevel('1h', 14.4)).toBe('critical');
    expect(burnLevel('1h', 14.3)).toBe('elevated');
    expect(burnLevel('6h', 6)).toBe('critical');
    expect(burnLevel('6h', 5.9)).toBe('elevated');
    expect(burnLevel('30d', 100)).toBe('elevated');
  });

  it('is fine while the budget is spent no faster than it lasts the period', () => {
    expect(burnLevel('1h', 1)).toBe('ok');
    expect(burnLevel('30d', 0)).toBe('ok');
  });

  it('spends a whole budget in about 2 days at 14.4, and in 30 at 1', () => {
    expect(budgetLastsMs(14.4) / 86_400_000).toBeCloseTo(2.08, 2);
    expect(budgetLastsMs(1) / 86_400_000).toBe(30);
  });
});
