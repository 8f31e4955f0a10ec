const whole = new Intl.NumberFormat('id-ID');
const decimal = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('id-ID', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// The city's own time: an evaluator reads "pukul 19.08" as Bogor's clock, whatever machine printed the report.
const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});
const monthYear = new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Figures as an Indonesian reader writes them (1.234 opens, 99,52%, IKM 87,25, 2 Desember 2026 pukul 19.08 WIB),
 * and "belum diukur" where there is no measurement yet: a missing figure is said, never printed as 0.
 */
export const formatId = {
  whole: (value: number): string => whole.format(value),
  decimal: (value: number | null): string => (value === null ? 'belum diukur' : decimal.format(value)),
  percent: (ratio: number | null): string => (ratio === null ? 'belum diukur' : percent.format(ratio)),
  dateTime: (iso: string): string => `${dateTime.format(new Date(iso))} WIB`,
  /** `2026-03` → `Mar 2026` (`Agu`, `Des`: Indonesian abbreviations). */
  month: (month: string): string => monthYear.format(new Date(`${month}-01T00:00:00Z`)),
};
