/** What a spreadsheet reads as the start of a formula (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage return). */
const formulaStart = /^[=+\-@\t\r]/;
/** What makes RFC 4180 quote a field. */
const needsQuotes = /[",\r\n]/;

/**
 * One cell: empty for null, a spreadsheet formula made plain text with a leading `'` (so `=HYPERLINK(…)` typed as a
 * reason in the audit log, or written in an agency's description, is shown, never run, when an auditor or an SPBE
 * evaluator opens the file), quoted when RFC 4180 says so.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180): commas between cells, CRLF after every row, quotes where a cell holds a comma, a quote or
 * a line break, and text that a spreadsheet would run as a formula neutralised.
 *
 * @example
 * toCsv([['actor', 'reason'], ['admin', '=HYPERLINK("http://x")']]);
 * // 'actor,reason\r\nadmin,"\'=HYPERLINK(""http://x"")"\r\n'
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}
