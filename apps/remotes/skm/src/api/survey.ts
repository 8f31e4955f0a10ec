import * as z from 'zod/mini';

/**
 * The nine elements of a public satisfaction survey (Permenpan RB 14/2017), in the regulation's order U1 to U9,
 * which is the order they are asked and the order the registry's answers take (U8 complaints, U9 facilities).
 */
export const surveyElements = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
] as const;

/** The services a respondent can rate, by the agency that gives them. */
export const surveyedServices = ['disdukcapil', 'dpmptsp', 'dinkes', 'bapenda', 'rsud'] as const;

export const surveySchema = z.object({
  service: z.enum(surveyedServices, { error: 'Pilih layanan / choose a service' }),
  /** 1 (not good) to 4 (very good) per element. */
  ratings: z
    .array(z.number().check(z.int(), z.minimum(1), z.maximum(4)))
    .check(z.length(surveyElements.length, { error: 'Nilai semua unsur / rate every element' })),
  comment: z.optional(z.string().check(z.maxLength(500))),
});

export type SurveyAnswer = z.infer<typeof surveySchema>;

/** The satisfaction index of one answer: the mean rating on a 25–100 scale, and its grade (A best). */
export function satisfactionIndex(ratings: readonly number[]): {
  score: number;
  grade: 'A' | 'B' | 'C' | 'D';
} {
  const score =
    Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 25 * 100) / 100;
  const grade = score >= 88.31 ? 'A' : score >= 76.61 ? 'B' : score >= 65 ? 'C' : 'D';
  return { score, grade };
}
