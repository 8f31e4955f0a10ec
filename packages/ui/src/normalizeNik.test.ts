import { describe, expect, it } from 'vitest';
import { normalizeNik } from './normalizeNik.ts';
import { normalizePhone } from './normalizePhone.ts';

describe('normalizeNik', () => {
  it('reads a NIK typed in the groups printed on the card', () => {
    expect(normalizeNik('3271 0123 4567 0001')).toBe('3271012345670001');
    expect(normalizeNik('3271.0123.4567.0001')).toBe('3271012345670001');
    expect(normalizeNik(' 3271-0123-4567-0001 ')).toBe('3271012345670001');
  });

  it('refuses what is not 16 digits', () => {
    expect(normalizeNik('3271 0123 4567')).toBeUndefined();
    expect(normalizeNik('3271 0123 4567 000A')).toBeUndefined();
    expect(normalizeNik('3271 0123 4567 00011')).toBeUndefined();
  });
});

describe('normalizePhone', () => {
  it('reads Indonesian numbers however they are written', () => {
    expect(normalizePhone('0812-3456-7890')).toBe('+6281234567890');
    expect(normalizePhone('+62 812 3456 7890')).toBe('+6281234567890');
    expect(normalizePhone('62 812 3456 7890')).toBe('+6281234567890');
    expect(normalizePhone('(0251) 832-1075')).toBe('+622518321075');
  });

  it('refuses numbers of another country and what is no number', () => {
    expect(normalizePhone('+65 6123 4567')).toBeUndefined();
    expect(normalizePhone('0812')).toBeUndefined();
    expect(normalizePhone('nomor saya')).toBeUndefined();
  });
});
