/**
 * A filled progress sheet's bytes as rows of text: CSV in UTF-8 (with or without a byte-order mark), UTF-16, GBK or
 * Big5 (as Excel on Chinese Windows saves it; `csv-encoding.ts`), or an .xlsx workbook (every worksheet). Cells come
 * back as people see them: a date cell as `2023-06-30` (also in the built-in date formats of zh-CN Excel and WPS,
 * `xlsx-date-formats.ts`), a percent-formatted 0.364 as `36.4%`.
 */
import Papa from 'papaparse';
import { ArchiveTooLargeError, checkUnpackedSize, DEFAULT_MAX_UNPACKED_BYTES } from '../unpacked-size.js';
import { detectCsvEncoding, triedEncodings } from './csv-encoding.js';
import { loadExcelJs } from './load-exceljs.js';
import { describeUnreadableReason, type UnreadableReason } from './unreadable-reasons.js';
import { withEastAsianDateFormats } from './xlsx-date-formats.js';
import type ExcelJS from 'exceljs';

/** A file to import: its name (for messages, and `.csv`/`.xlsx`) and its bytes. */
export interface SheetFile {
  /** The file name as the user knows it: `發改委.xlsx`. */
  readonly name: string;
  /** The file's content. */
  readonly data: Uint8Array | ArrayBuffer;
}

/** Options of {@link readSheets}. */
export interface ReadSheetsOptions {
  /**
   * The most bytes an .xlsx may unpack to (default {@link DEFAULT_MAX_UNPACKED_BYTES}, 200 MiB; a unit's sheet
   * unpacks to kilobytes). A workbook over it is refused as it unpacks, before ExcelJS reads it.
   */
  readonly maxUnpackedBytes?: number;
}

/** One row of a sheet: its number as the spreadsheet shows it (1-based) and its cells as text. */
export interface SheetRow {
  /** The row number, 1 for the first. */
  readonly number: number;
  /** The cells, by column (0 for A), as text. */
  readonly cells: readonly string[];
}

/** One sheet read from a file: a CSV has one, an .xlsx one per worksheet. */
export interface Sheet {
  /** The file it comes from. */
  readonly file: string;
  /** The worksheet's name in an .xlsx; `undefined` for a CSV. */
  readonly sheet?: string;
  /** The rows that have any content, in order. */
  readonly rows: readonly SheetRow[];
}

/**
 * A file that cannot be read as a sheet at all: `reason` says why as a code (in words in any language with
 * `describeUnreadableReason`); the message names the file and why, in English.
 */
export class UnreadableSheetError extends Error {
  constructor(
    /** The file's name. */
    readonly file: string,
    /** Why it cannot be read. */
    readonly reason: UnreadableReason,
  ) {
    super(`${file}: ${describeUnreadableReason(reason, 'en')}`);
    this.name = 'UnreadableSheetError';
  }
}

/** Whether the bytes are a ZIP archive (an .xlsx is one), by its signature `PK\x03\x04`. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The name of an encrypted Office file's stream, as a compound file's directory writes it (UTF-16LE). */
const encryptedPackage = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

/** Whether a compound file holds an `EncryptedPackage` stream: an Office document saved with a password. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const first = encryptedPackage[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - encryptedPackage.length; i = bytes.indexOf(first, i + 1)) {
    if (encryptedPackage.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/**
 * Reads a file's sheets. The format is told by the content, not the name (an .xlsx renamed .csv still reads).
 *
 * @throws UnreadableSheetError for a workbook ExcelJS cannot open, one that unpacks to more than
 *   `maxUnpackedBytes`, a legacy .xls, or a CSV that is not UTF-8 and in which neither GBK nor Big5 gives a header.
 */
export async function readSheets(file: SheetFile, options: ReadSheetsOptions = {}): Promise<Sheet[]> {
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  if (isZip(bytes)) return readWorkbook(file.name, bytes, options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
  // An OLE compound file is neither: the legacy binary .xls, or an .xlsx saved with a password (Excel encrypts it into
  // one, with an `EncryptedPackage` stream). Say which rather than read it as text.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new UnreadableSheetError(file.name, { code: hasEncryptedPackage(bytes) ? 'passwordProtected' : 'legacyXls' });
  }
  const decoded = detectCsvEncoding(bytes);
  if (!('encoding' in decoded)) {
    throw new UnreadableSheetError(file.name, decoded.code === 'unknownEncoding' ? { code: 'unknownEncoding', tried: triedEncodings } : decoded);
  }
  return [readCsv(file.name, decoded.text)];
}

/**
 * CSV text as one sheet; rows keep their line numbers, empty ones are left out.
 *
 * @throws UnreadableSheetError for a quote mark that CSV cannot read (a field that opens a quote and never closes it,
 *   or a quote inside a field that is not quoted as CSV quotes it): from there on the rows would run together into
 *   one cell, so the sheet is refused, naming the row, rather than read short.
 */
export function readCsv(file: string, text: string): Sheet {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const quotes = parsed.errors.find((error) => error.type === 'Quotes');
  if (quotes) throw new UnreadableSheetError(file, { code: 'quotes', row: (quotes.row ?? 0) + 1, quote: quotes.code, detail: quotes.message });
  const rows: SheetRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: i + 1, cells });
  });
  return { file, rows };
}

async function readWorkbook(file: string, bytes: Uint8Array, maxUnpackedBytes: number): Promise<Sheet[]> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await checkUnpackedSize(bytes, maxUnpackedBytes);
    // zh-CN Excel's and WPS's own date formats (2023年6月30日), which ExcelJS would read as serial numbers.
    await workbook.xlsx.load((await withEastAsianDateFormats(bytes)) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof ArchiveTooLargeError) throw new UnreadableSheetError(file, { code: 'tooLarge', limit: error.limit });
    throw new UnreadableSheetError(file, { code: 'notWorkbook', detail: (error as Error).message });
  }
  // A .docx or another ZIP file opens, with no worksheet: say so rather than count it as a sheet with nothing to import.
  if (workbook.worksheets.length === 0) throw new UnreadableSheetError(file, { code: 'noWorksheet' });
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellText(cell);
      });
      const filled = Array.from(cells, (cell) => cell ?? '');
      if (filled.some((cell) => cell.trim() !== '')) rows.push({ number: row.number, cells: filled });
    });
    return { file, sheet: worksheet.name, rows };
  });
}

/**
 * Whether a number format shows its number times 100 (`0.0%`), as Excel reads a `%` in it: not one in quotes
 * (`0"%"`, which writes 85 as 85%) or inside brackets (a colour, a condition, a locale). An escaped one (`0\%`) would
 * not either, but ExcelJS drops the backslash as it reads the workbook, so `0\%` arrives as `0%` and 97.3 is read as
 * 9730%: a rate or share is then refused as over 100% (`overWhole`); a percentage of another measure is not caught.
 */
function scalesByHundred(numFmt: string): boolean {
  return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

/** A cell as the person who typed it sees it. */
function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // A percent format shows 0.364 as 36.4%: read what was shown (rounded off binary noise).
    return numFmt !== undefined && scalesByHundred(numFmt) ? `${Number((value * 100).toPrecision(12))}%` : String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  // Excel's dates are calendar days with no zone; ExcelJS gives them as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return valueText((value.result ?? null) as ExcelJS.CellValue, numFmt);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return '';
}
