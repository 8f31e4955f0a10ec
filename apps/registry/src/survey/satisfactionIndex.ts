import { gradeLabels, satisfactionGrade, type SatisfactionGrade } from './satisfactionGrade.ts';
import { surveyElements, type SurveyElement } from './surveyElements.ts';

/** A period's answers to a survey: how many, and each element's scores summed (U1 first). */
export interface SurveyTotals {
  answers: number;
  /** Nine sums, in the order of `surveyElements`. */
  sums: readonly number[];
}

export interface SatisfactionIndex {
  answers: number;
  /** Each element's mean score (nilai rata-rata, 1 to 4, three decimals); null without answers. */
  elements: Array<{ code: SurveyElement['code']; name: string; mean: number | null }>;
  /** The satisfaction index (IKM), 25 to 100 with two decimals; null without answers. */
  ikm: number | null;
  grade: SatisfactionGrade | null;
  gradeLabel: string | null;
}

/**
 * `numerator / denominator` rounded to `decimals`, half up, from whole numbers: scaling the quotient afterwards
 * (88.305 × 100 = 8830.499…) would round a value on a grade's boundary down.
 */
const roundedQuotient = (numerator: number, denominator: number, decimals: number) =>
  Math.round((numerator * 10 ** decimals) / denominator) / 10 ** decimals;

/**
 * The satisfaction index (Indeks Kepuasan Masyarakat) of a period's answers, as Permenpan RB 14/2017 computes it:
 * each element's mean score (1 to 4) weighted 1/9 (nine elements, equal weights) and summed into the weighted mean
 * (NRR tertimbang), times 25 for the index on a scale of 25 to 100, graded A to D (satisfactionGrade). The
 * regulation's worked example rounds the weight to 0.111, which loses 0.1 % of the index; the exact 1/9 is used here.
 * Every answer scores all nine elements, so this is also the mean of all scores times 25, which is how the sample
 * survey app (apps/remotes/skm) computes it.
 *
 * @example
 * satisfactionIndex({ answers: 2, sums: [8, 8, 8, 8, 8, 8, 8, 8, 8] }).ikm; // 100
 */
export function satisfactionIndex({ answers, sums }: SurveyTotals): SatisfactionIndex {
  if (answers === 0) {
    return {
      answers,
      elements: surveyElements.map(({ code, name }) => ({ code, name, mean: null })),
      ikm: null,
      grade: null,
      gradeLabel: null,
    };
  }
  const total = sums.reduce((sum, value) => sum + value, 0);
  // From the total rather than the rounded means: (Σ mean / 9) × 25 = total × 25 / (9 × answers), one division.
  const ikm = roundedQuotient(total * 25, surveyElements.length * answers, 2);
  const grade = satisfactionGrade(ikm);
  return {
    answers,
    elements: surveyElements.map(({ code, name }, index) => ({
      code,
      name,
      mean: roundedQuotient(sums[index] ?? 0, answers, 3),
    })),
    ikm,
    grade,
    gradeLabel: gradeLabels[grade],
  };
}
