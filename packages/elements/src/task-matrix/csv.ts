/** CSV for spreadsheets: RFC 4180 quoting, CRLF lines, and a byte-order mark so Excel reads the Chinese as UTF-8. */

/** U+FEFF. Excel takes a CSV without it for the local ANSI code page and garbles Chinese. */
export const BOM = '\uFEFF';

export type CsvValue = string | number;

/**
 * One field. Quotes what contains a quote, comma or line break; a text starting with `= + - @` (or a tab or CR) gets
 * a leading apostrophe so a spreadsheet shows it instead of running it as a formula (plan JSON may come from anywhere).
 */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text (without the BOM), each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Hands text to the browser as a file download: a Blob, an object URL and a temporary `<a download>` inside
 * `parent` (a shadow root is fine), so no page markup is touched.
 */
export function downloadText(parent: ParentNode, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Firefox starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
