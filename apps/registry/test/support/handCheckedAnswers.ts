import { sameScores } from './sameScores.ts';

/**
 * Three survey answers whose index was worked out by hand, for the tests of the index, the route and the evidence to
 * check against: element sums 9, 10, 11, 8, 9, 10, 11, 11, 10; IKM 89 / 27 × 25 = 82.41, grade B.
 */
export const handCheckedAnswers = [sameScores(4), sameScores(3), [2, 3, 4, 1, 2, 3, 4, 4, 3]];
