/** A survey answer that gives every one of the nine elements (U1 to U9) the same score. */
export const sameScores = (score: number) => Array.from({ length: 9 }, () => score);
