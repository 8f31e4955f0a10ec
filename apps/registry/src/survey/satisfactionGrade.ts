/** The quality grades (mutu pelayanan) of the satisfaction index, best first. */
export type SatisfactionGrade = 'A' | 'B' | 'C' | 'D';

/** What each grade says (kinerja unit pelayanan), as the regulation words it. */
export const gradeLabels: Record<SatisfactionGrade, string> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

/**
 * The grade of a satisfaction index (IKM, 25 to 100, rounded to two decimals as it is reported), by the intervals of
 * Permenpan RB 14/2017: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99. The intervals are of two-decimal
 * values, so the index is graded as rounded: 88.305 is reported as 88.31 and graded A, as the sample survey app
 * (apps/remotes/skm) grades its score.
 *
 * @example
 * satisfactionGrade(82.41); // 'B'
 */
export function satisfactionGrade(ikm: number): SatisfactionGrade {
  if (ikm >= 88.31) return 'A';
  if (ikm >= 76.61) return 'B';
  if (ikm >= 65) return 'C';
  return 'D';
}
