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

export type SurveyElement = (typeof surveyElements)[number];
