export type BudgetLevel = 'ok' | 'low' | 'spent';

/**
 * What is left of the month's budget as a level. Below a quarter is `low`: about a week of spending at the
 * planned rate, the moment to hold back risky releases; at or below 0 it is `spent` and the objective is missed.
 */
export function budgetLevel(remaining: number): BudgetLevel {
  if (remaining <= 0) return 'spent';
  return remaining < 0.25 ? 'low' : 'ok';
}
