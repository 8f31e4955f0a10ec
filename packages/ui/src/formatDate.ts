/**
 * A date or a moment for people to read, in the locale's own format (`17 Agustus 2025` in `id`, `August 17, 2025`
 * in `en`). A date without a time (`2025-08-17`) is shown as that day wherever the browser is.
 *
 * @param options Intl options, `{ dateStyle: 'long' }` by default; `{ dateStyle: 'long', timeStyle: 'short' }`
 *   shows the time too
 * @example
 * formatDate('2025-08-17', 'id'); // '17 Agustus 2025'
 */
export function formatDate(
  iso: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, dateOnly ? { ...options, timeZone: 'UTC' } : options).format(
    new Date(iso),
  );
}
