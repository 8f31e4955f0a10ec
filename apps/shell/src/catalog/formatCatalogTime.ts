import type { Locale } from '@bas/sdk';

/**
 * When a copy of the catalog is from, for the notice that says so: the time alone on the day it was read ("10.42"),
 * with the date on a later day, in the portal's language and the device's time zone.
 */
export function formatCatalogTime(iso: string, locale: Locale, now = new Date()): string {
  const time = new Date(iso);
  const sameDay = time.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(time);
}
