/** Month names as Intl writes them in Bahasa Indonesia and English, long and short, lower case, by month (1–12). */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of ['id', 'en']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let index = 0; index < 12; index += 1) {
        const name = format
          .format(Date.UTC(2000, index, 1))
          .toLowerCase()
          .replace('.', '');
        names.set(name, index + 1);
      }
    }
  }
  // Spellings still printed on Indonesian forms that Intl does not use.
  for (const [name, month] of [
    ['agt', 8],
    ['ags', 8],
    ['pebruari', 2],
    ['nopember', 11],
    ['nop', 11],
  ] as const) {
    names.set(name, month);
  }
  return names;
}

let months: Map<string, number> | undefined;

function monthOf(word: string): number | undefined {
  months ??= monthNames();
  const name = word.toLowerCase().replace(/\.$/, '');
  return months.get(name);
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over into March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO date (`2025-08-17`) of a date as people in Indonesia write it: `17/08/2025`, `17-08-2025`,
 * `17.08.2025`, `17 Agustus 2025`, `17 Agu 2025`, `17 August 2025`, or already ISO. Day before month, a
 * four-digit year; anything else, or a day that does not exist, gives `undefined`.
 *
 * @example
 * parseIndonesianDate('17 Agustus 2025'); // '2025-08-17'
 * parseIndonesianDate('31/02/2025'); // undefined
 */
export function parseIndonesianDate(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso !== null) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric !== null) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2}) ([\p{L}.]+),? (\d{4})$/u.exec(text);
  const month = named === null ? undefined : monthOf(named[2] ?? '');
  if (named === null || month === undefined) return undefined;
  return isoDate(Number(named[3]), month, Number(named[1]));
}
