/**
 * A count with its thousands grouped as the language writes them: `groupDigits(19069, '.')` is "19.069" (Bahasa
 * Indonesia), with ',' "19,069" (English). Written out rather than taken from `Intl.NumberFormat`: the first `Intl`
 * object a page makes loads the browser's locale data, 25-90 ms of one task on this machine's Chromium, and the
 * texts format a count in the home's first render (decisions/0044).
 */
export function groupDigits(count: number, separator: string): string {
  const digits = Math.abs(Math.round(count)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, separator);
  return count < 0 ? `-${grouped}` : grouped;
}
