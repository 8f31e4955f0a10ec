/**
 * The satisfaction index (IKM) of a service's answers as Permenpan RB 14/2017 computes it, and as the registry
 * does: each element's mean score weighted 1/9, summed, times 25 (25 to 100, two decimals), graded A to D.
 */
export function satisfactionIndex(answers: readonly (readonly number[])[]): {
  ikm: number;
  grade: 'A' | 'B' | 'C' | 'D';
} {
  const elements = answers[0]?.length ?? 0;
  const means = Array.from(
    { length: elements },
    (_, element) => answers.reduce((sum, scores) => sum + (scores[element] ?? 0), 0) / answers.length,
  );
  const ikm = Math.round(means.reduce((sum, mean) => sum + mean / elements, 0) * 25 * 100) / 100;
  const grade = ikm >= 88.31 ? 'A' : ikm >= 76.61 ? 'B' : ikm >= 65 ? 'C' : 'D';
  return { ikm, grade };
}
