/**
 * A NIK (Nomor Induk Kependudukan) as 16 digits, from what a person types: the card prints it in groups, so
 * spaces, dots and dashes between digits are accepted. Anything else gives `undefined`.
 *
 * @example
 * normalizeNik('3271 0123 4567 0001'); // '3271012345670001'
 * normalizeNik('3271'); // undefined
 */
export function normalizeNik(input: string): string | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : undefined;
}
