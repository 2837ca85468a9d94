/**
 * CSV text for spreadsheets, safe to open: RFC 4180 quoting, CRLF lines, and every line a spreadsheet could run as a
 * formula shown as text. The one home of CSV writing: the matrix's export and the progress template use it.
 */

/** U+FEFF. Excel takes a CSV without it for the local ANSI code page and garbles Chinese. */
export const CSV_BOM = '\uFEFF';

/** A field of a CSV row: text (quoted and defused as needed) or a number (written as it is). */
export type CsvValue = string | number;

/**
 * A line a spreadsheet could run as a formula: one starting with `= + - @` (or their full-width and small forms
 * `＝ ﹦ ﹢ ﹣ ﹫`, and the minus sign `−`), also behind any run of control, format or space characters (a BOM, NEL, a
 * zero-width space or word joiner: invisible in a cell, skipped by some spreadsheets), or starting with a tab or CR
 * (OWASP's CSV-injection rules).
 */
const FORMULA = /^[\p{Cc}\p{Cf}\p{Z}]*[=+\-@＝＋－＠﹦﹢﹣﹫−]|^[\t\r]/u;

/** Where a field's lines begin: after each LF, and after a CR that no LF follows. */
const LINE_START = /(?<=\n)|(?<=\r)(?!\n)/;

/**
 * One field. Quotes what contains a quote, comma, semicolon (the list separator of de or fr spreadsheets), tab or
 * line break; every line that could run as a formula gets a leading apostrophe, so a spreadsheet shows it as text
 * (plan JSON may come from anywhere).
 */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  const text = value
    .split(LINE_START)
    .map((line) => (FORMULA.test(line) ? `'${line}` : line))
    .join('');
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text (without the BOM), each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
