import { useLocale } from './LocaleContext.ts';

/** Kota Bogor's time: every moment is shown in WIB, wherever the operator's computer is set. */
const timeZone = 'Asia/Jakarta';
const intlLocales = { id: 'id-ID', en: 'en-GB' } as const;

/** Numbers, sizes and moments written as the chosen language writes them. */
export function useFormat() {
  const intl = intlLocales[useLocale().locale];
  const moment = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 2 });
  const kilobytes = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });
  const bytes = new Intl.NumberFormat(intl, { style: 'unit', unit: 'byte' });
  const milliseconds = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'millisecond',
    maximumFractionDigits: 0,
  });
  return {
    /** An instant (`2026-11-30T03:00:00.000Z`) in WIB, saying so: operators elsewhere read it right too. */
    moment: (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : `${moment.format(new Date(iso))} WIB`),
    /** A calendar day (`2026-11-30`) as that day, whatever the time zone. */
    day: (date: string) => (Number.isNaN(Date.parse(date)) ? date : day.format(new Date(date))),
    percent: (ratio: number) => percent.format(ratio),
    size: (count: number) => (count < 1024 ? bytes.format(count) : kilobytes.format(count / 1024)),
    milliseconds: (count: number) => milliseconds.format(count),
  };
}
