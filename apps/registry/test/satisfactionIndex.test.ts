import { describe, expect, it } from 'vitest';
import { satisfactionGrade } from '../src/survey/satisfactionGrade.ts';
import { satisfactionIndex, type SurveyTotals } from '../src/survey/satisfactionIndex.ts';
import { handCheckedAnswers } from './support/handCheckedAnswers.ts';
import { sameScores } from './support/sameScores.ts';

/** The totals of some answers, as the survey store sums them. */
const totalsOf = (answers: number[][]): SurveyTotals => ({
  answers: answers.length,
  sums: Array.from({ length: 9 }, (_, index) =>
    answers.reduce((sum, scores) => sum + (scores[index] ?? 0), 0),
  ),
});

describe('the satisfaction index (Permenpan RB 14/2017)', () => {
  it('is 100, grade A (Sangat Baik), when everyone scores every element 4, and 25, grade D, when everyone scores 1', () => {
    expect(satisfactionIndex(totalsOf([sameScores(4), sameScores(4)]))).toMatchObject({
      answers: 2,
      ikm: 100,
      grade: 'A',
      gradeLabel: 'Sangat Baik',
    });
    expect(satisfactionIndex(totalsOf([sameScores(1)]))).toMatchObject({
      ikm: 25,
      grade: 'D',
      gradeLabel: 'Tidak Baik',
    });
  });

  it('weighs each element’s mean 1/9 and scales the sum by 25, as computed by hand', () => {
    // Element sums U1..U9: 9, 10, 11, 8, 9, 10, 11, 11, 10 of 3 answers; means 3, 3.333, 3.667, 2.667, 3, 3.333, 3.667,
    // 3.667, 3.333. NRR tertimbang = Σ mean × 1/9 = 89 / 27 = 3.2963; IKM = 3.2963 × 25 = 82.407 → 82.41, grade B.
    const index = satisfactionIndex(totalsOf(handCheckedAnswers));
    expect(index.elements).toEqual([
      { code: 'U1', name: 'Persyaratan', mean: 3 },
      { code: 'U2', name: 'Sistem, Mekanisme, dan Prosedur', mean: 3.333 },
      { code: 'U3', name: 'Waktu Penyelesaian', mean: 3.667 },
      { code: 'U4', name: 'Biaya/Tarif', mean: 2.667 },
      { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan', mean: 3 },
      { code: 'U6', name: 'Kompetensi Pelaksana', mean: 3.333 },
      { code: 'U7', name: 'Perilaku Pelaksana', mean: 3.667 },
      { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan', mean: 3.667 },
      { code: 'U9', name: 'Sarana dan Prasarana', mean: 3.333 },
    ]);
    expect(index).toMatchObject({ answers: 3, ikm: 82.41, grade: 'B', gradeLabel: 'Baik' });
  });

  it('grades an index on the lower bound of a grade with that grade', () => {
    // 5 answers whose 45 scores sum to 117: 117 × 25 / 45 = 65 exactly, the lowest C; one point less is 64.44, D.
    const atBound = [
      sameScores(3),
      sameScores(3),
      [3, 3, 3, 3, 3, 3, 3, 3, 2],
      [3, 2, 2, 2, 2, 2, 2, 2, 2],
      sameScores(2),
    ];
    expect(atBound.flat().reduce((sum, score) => sum + score, 0)).toBe(117);
    expect(satisfactionIndex(totalsOf(atBound))).toMatchObject({
      ikm: 65,
      grade: 'C',
      gradeLabel: 'Kurang Baik',
    });
    const below = atBound.map((scores, at) => (at === 0 ? [2, ...scores.slice(1)] : scores));
    expect(satisfactionIndex(totalsOf(below))).toMatchObject({ ikm: 64.44, grade: 'D' });
    // 159 of 5 answers: 88.33, A; 158: 87.78, B.
    const high = [sameScores(4), sameScores(4), sameScores(3), sameScores(3), [4, 4, 4, 4, 4, 4, 3, 3, 3]];
    expect(high.flat().reduce((sum, score) => sum + score, 0)).toBe(159);
    expect(satisfactionIndex(totalsOf(high))).toMatchObject({ ikm: 88.33, grade: 'A' });
    const lower = high.map((scores, at) => (at === 4 ? [4, 4, 4, 4, 4, 3, 3, 3, 3] : scores));
    expect(satisfactionIndex(totalsOf(lower))).toMatchObject({ ikm: 87.78, grade: 'B' });
  });

  it('takes the intervals of the regulation at two decimals', () => {
    expect(
      [100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map((ikm) => [ikm, satisfactionGrade(ikm)]),
    ).toEqual([
      [100, 'A'],
      [88.31, 'A'],
      [88.3, 'B'],
      [76.61, 'B'],
      [76.6, 'C'],
      [65, 'C'],
      [64.99, 'D'],
      [25, 'D'],
    ]);
  });

  it('gives no figures without answers', () => {
    const index = satisfactionIndex({ answers: 0, sums: [] });
    expect(index).toMatchObject({ answers: 0, ikm: null, grade: null, gradeLabel: null });
    expect(index.elements.map(({ mean }) => mean)).toEqual(Array.from({ length: 9 }, () => null));
  });
});
