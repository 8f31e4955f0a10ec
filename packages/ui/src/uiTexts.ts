/** The languages of the portal; the kit speaks both. */
export type UiLocale = 'id' | 'en';

export type StepState = 'done' | 'current' | 'upcoming';
export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const id = {
  errorSummaryTitle: 'Ada yang perlu diperbaiki',
  step: (n: number, of: number) => `Langkah ${n} dari ${of}`,
  stepStates: { done: 'selesai', current: 'sedang berjalan', upcoming: 'belum' } satisfies Record<
    StepState,
    string
  >,
  tones: {
    info: 'Informasi',
    success: 'Berhasil',
    warning: 'Perhatian',
    error: 'Kesalahan',
  } satisfies Record<NoticeTone, string>,
  dateHint: 'Contoh: 17/08/2025 atau 17 Agustus 2025',
  invalidDate: 'Tanggal tidak dikenali. Tulis seperti 17/08/2025 atau 17 Agustus 2025.',
  dateReadAs: (date: string) => `Dibaca: ${date}`,
  choose: 'Pilih…',
  chooseFile: 'Pilih file',
};

const en: typeof id = {
  errorSummaryTitle: 'There is a problem',
  step: (n, of) => `Step ${n} of ${of}`,
  stepStates: { done: 'done', current: 'in progress', upcoming: 'to come' },
  tones: { info: 'Information', success: 'Done', warning: 'Warning', error: 'Error' },
  dateHint: 'For example 17/08/2025 or 17 August 2025',
  invalidDate: 'We could not read that date. Write it like 17/08/2025 or 17 August 2025.',
  dateReadAs: (date) => `Read as: ${date}`,
  choose: 'Choose…',
  chooseFile: 'Choose a file',
};

/**
 * The kit's own words in each language: an app passes its locale to the kit and never translates these.
 *
 * @example
 * uiTexts.en.invalidDate; // 'We could not read that date. Write it like 17/08/2025 or 17 August 2025.'
 */
export const uiTexts: Record<UiLocale, typeof id> = { id, en };

export type UiTexts = typeof id;
