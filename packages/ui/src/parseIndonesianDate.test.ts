import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';
import { parseIndonesianDate } from './parseIndonesianDate.ts';

describe('parseIndonesianDate', () => {
  it.each([
    '17/08/2025',
    '17-08-2025',
    '17.08.2025',
    '17/8/2025',
    '17 Agustus 2025',
    '17 agustus 2025',
    '17 Agu 2025',
    '17 Agt 2025',
    '17 August 2025',
    '17 Aug. 2025',
    '2025-08-17',
  ])('reads %s as 17 August 2025', (input) => {
    expect(parseIndonesianDate(input)).toBe('2025-08-17');
  });

  it('reads the day before the month, as Indonesians write it', () => {
    expect(parseIndonesianDate('03/04/2025')).toBe('2025-04-03');
    expect(parseIndonesianDate('1 Mei 2026')).toBe('2026-05-01');
  });

  it('refuses days that do not exist and dates it cannot read', () => {
    expect(parseIndonesianDate('31/02/2025')).toBeUndefined();
    expect(parseIndonesianDate('17/08/25')).toBeUndefined();
    expect(parseIndonesianDate('17 Agustus')).toBeUndefined();
    expect(parseIndonesianDate('besok')).toBeUndefined();
    expect(parseIndonesianDate('')).toBeUndefined();
  });
});

describe('formatDate', () => {
  it("writes a date in the locale's own format, the same day wherever the browser is", () => {
    expect(formatDate('2025-08-17', 'id')).toBe('17 Agustus 2025');
    expect(formatDate('2025-08-17', 'en')).toBe('August 17, 2025');
  });
});
