import { useLocale, type Locale } from './LocaleContext.ts';

/** Kota Bogor's time: every moment is shown in WIB, wherever the operator's computer is set. */
const timeZone = 'Asia/Jakarta';
const intlLocales = { id: 'id-ID', en: 'en-GB' } as const;

function createFormats(locale: Locale) {
  const intl = intlLocales[locale];
  const moment = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone });
  const dayMonth = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', timeZone });
  const month = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 2 });
  // An objective may be 99.999%: three decimals, so it is never rounded up to a promise of 100%.
  const points = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 3 });
  const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
  const kilobytes = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });
  const bytes = new Intl.NumberFormat(intl, { style: 'unit', unit: 'byte' });
  const megabytes = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const milliseconds = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'millisecond',
    maximumFractionDigits: 0,
  });
  const seconds = new Intl.NumberFormat(intl, { style: 'unit', unit: 'second', maximumFractionDigits: 2 });
  const hours = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 0,
  });
  const days = new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const size = (count: number) => (count < 1024 ? bytes.format(count) : kilobytes.format(count / 1024));
  return {
    /** An instant (`2026-11-30T03:00:00.000Z`) in WIB, saying so: operators elsewhere read it right too. */
    moment: (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : `${moment.format(new Date(iso))} WIB`),
    /** A calendar day (`2026-11-30`) as that day, whatever the time zone. */
    day: (date: string) => (Number.isNaN(Date.parse(date)) ? date : day.format(new Date(date))),
    /** The WIB time of day of an instant (epoch ms), for a chart's axis: `17.00`. */
    clock: (instant: number) => clock.format(instant),
    /** The WIB day of an instant (epoch ms), for a chart's axis: `2 Des`. */
    dayMonth: (instant: number) => dayMonth.format(instant),
    /** A UTC month (`2026-12`) by name: `Desember 2026`. */
    month: (value: string) => {
      const start = new Date(`${value}-01T00:00:00.000Z`);
      return Number.isNaN(start.getTime()) ? value : month.format(start);
    },
    percent: (ratio: number) => percent.format(ratio),
    /** A percent given out of 100 (`99.5` → `99,5%`), as objectives are written. */
    percentPoints: (value: number) => points.format(value / 100),
    number: (value: number) => number.format(value),
    size,
    /** A download's size, in MB with one decimal (`1,2 MB`); under 0.1 MB as `size` says it, never `0,0 MB`. */
    fileSize: (count: number) => (count < 102_400 ? size(count) : megabytes.format(count / 1_048_576)),
    milliseconds: (count: number) => milliseconds.format(count),
    /** A duration as people read it: `900 md` under a second, `2,5 dtk` from one. */
    duration: (ms: number) => (ms < 1000 ? milliseconds.format(ms) : seconds.format(ms / 1000)),
    /** A longer span in whole hours under a day, else in days: `7 jam`, `2,1 hari`. */
    span: (ms: number) => (ms < 86_400_000 ? hours.format(ms / 3_600_000) : days.format(ms / 86_400_000)),
  };
}

export type Formats = ReturnType<typeof createFormats>;

// Made once per language, so a chart that draws with them is not drawn again on every render.
const formats = { id: createFormats('id'), en: createFormats('en') };

/** Numbers, sizes and moments written as the chosen language writes them. */
export function useFormat(): Formats {
  return formats[useLocale().locale];
}
