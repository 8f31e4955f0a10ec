/**
 * An Indonesian phone number in international form (`+62…`), from the ways people write one: `0812-3456-7890`,
 * `+62 812 3456 7890`, `62812…`, `(0251) 832-1075`. Anything else gives `undefined`.
 *
 * @example
 * normalizePhone('0812-3456-7890'); // '+6281234567890'
 */
export function normalizePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.()-]/g, '');
  const national = /^(?:\+62|62|0)(\d+)$/.exec(compact)?.[1];
  // Without the trunk 0, Indonesian numbers are 7 (landlines in small areas) to 12 (mobile) digits.
  return national !== undefined && /^[1-9]\d{6,11}$/.test(national) ? `+62${national}` : undefined;
}
