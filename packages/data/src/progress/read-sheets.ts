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
import { withReadableStyles } from './readable-styles.js';
import { showsNoDay } from './xlsx-date-formats.js';
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
  /**
   * The cells (by column, 0 for A) holding a formula saved without its result (a workbook written by another program,
   * or saved with manual recalculation): its text is empty; here its formula, `=B5*2`. Absent when there is none.
   */
  readonly uncomputed?: Readonly<Record<number, string>>;
  /**
   * The cells (by column, 0 for A) that are copies of a merged area's first cell (ExcelJS gives every cell of a merge
   * its value): a template column merged across two cells holds one value, not two. Absent when there is none.
   */
  readonly copies?: readonly number[];
  /**
   * The cells (by column, 0 for A) holding a number, typed or a formula's result, in the General number format (or
   * none): Excel shows 0.086 as 0.086 there, where a percent format shows 8.6% and a text cell holds what was typed.
   * Absent when there is none (and in a CSV, whose cells are all text).
   */
  readonly generalNumbers?: readonly number[];
  /**
   * The Excel comments (notes) of the row's cells, by column (0 for A), as text (a threaded comment of modern Excel as
   * its own text and replies, not the notice Excel writes beside it): the import does not read them, and says so.
   * Absent when there is none.
   */
  readonly comments?: Readonly<Record<number, string>>;
}

/**
 * A merged area of a worksheet that spans more than one row: ExcelJS gives each of its cells the top-left (master)
 * cell's value, so each row of a merged value would read it.
 */
export interface MergedArea {
  /** The area as Excel names it: `B2:B3`. */
  readonly range: string;
  /** Its first and last row (1-based, as the spreadsheet shows them). */
  readonly rows: readonly [number, number];
  /** Its first and last column (0 for A). */
  readonly columns: readonly [number, number];
}

/** One sheet read from a file: a CSV has one, an .xlsx one per worksheet. */
export interface Sheet {
  /** The file it comes from. */
  readonly file: string;
  /** The worksheet's name in an .xlsx; `undefined` for a CSV. */
  readonly sheet?: string;
  /** The rows that have any content, in order. */
  readonly rows: readonly SheetRow[];
  /** The merged areas over more than one row (an .xlsx); absent when there is none. */
  readonly merges?: readonly MergedArea[];
  /**
   * A worksheet hidden in Excel (`'hidden'`, or `'veryHidden'`, shown only from VBA): the clerk does not see it, so its
   * rows are not read (`rows` is empty) and the import names it as skipped.
   */
  readonly hidden?: 'hidden' | 'veryHidden';
  /**
   * The rows with content or an Excel comment hidden in Excel (an old figure kept out of sight, a draft): as for a
   * hidden worksheet, the clerk does not see them, so they are not among `rows`, and the import names those that hold
   * a value, date or note, and quotes their comments. Absent when there is none.
   */
  readonly hiddenRows?: readonly SheetRow[];
  /**
   * The numbers of the rows among `rows` (or `commentOnlyRows`) hidden in Excel under an autofilter's header, within its
   * range: hidden by the filter (data filtered out of view: a merged workbook saved filtered by 牽頭單位, r40) or by
   * hand (a draft), which the file does not tell (it keeps a hidden row alike, and ExcelJS keeps no filter's criteria).
   * Read, and the import says so (r127 F2). A row hidden outside the range is among `hiddenRows`. Absent when there is none.
   */
  readonly filteredRows?: readonly number[];
  /**
   * The rows with no content but an Excel comment (a remark left on an empty row under the table): not among `rows`,
   * as they give nothing to read, and the import quotes their comments. Absent when there is none.
   */
  readonly commentOnlyRows?: readonly SheetRow[];
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
 * Whether the bytes are a web page (HTML) rather than a sheet: Excel and many systems' "export to Excel" save an HTML
 * table under an .xls name, which Excel opens with a warning. The text (UTF-8 or UTF-16, after a byte-order mark and
 * spaces) starts with `<` and has an `<html` or `<table` tag.
 */
function isWebPage(bytes: Uint8Array): boolean {
  // The first bytes as ASCII: the NULs of UTF-16 and the bytes of a byte-order mark dropped.
  const head = String.fromCharCode(...bytes.subarray(0, 4096).filter((b) => b !== 0 && b < 0x80)).trimStart().toLowerCase();
  return head.startsWith('<') && /<(?:html|table)\b/.test(head);
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
  if (isWebPage(bytes)) throw new UnreadableSheetError(file.name, { code: 'webPage' });
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
    await workbook.xlsx.load((await withReadableStyles(bytes)) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof ArchiveTooLargeError) throw new UnreadableSheetError(file, { code: 'tooLarge', limit: error.limit });
    throw new UnreadableSheetError(file, { code: 'notWorkbook', detail: (error as Error).message });
  }
  // A .docx or another ZIP file opens, with no worksheet: say so rather than count it as a sheet with nothing to import.
  if (workbook.worksheets.length === 0) throw new UnreadableSheetError(file, { code: 'noWorksheet' });
  return workbook.worksheets.map((worksheet): Sheet => {
    // A hidden worksheet (an old version, a draft kept for reference) is not what the clerk sees and sends.
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') return { file, sheet: worksheet.name, rows: [], hidden: worksheet.state };
    const rows: SheetRow[] = [];
    const hiddenRows: SheetRow[] = [];
    const commentOnlyRows: SheetRow[] = [];
    const filteredRows: number[] = [];
    const filter = filterSpan(worksheet.autoFilter);
    /** Each merged area by its master cell's address: its first and last row and column. */
    const areas = new Map<string, { top: number; bottom: number; left: number; right: number; master: ExcelJS.Cell }>();
    // Every row the file holds, those with a comment and no value too (`eachRow` skips them; with `includeEmpty` it
    // would make a row object for each number up to the last, a million for one row styled at the sheet's end).
    for (let number = 1, last = worksheet.rowCount; number <= last; number++) {
      const row = worksheet.findRow(number);
      if (!row) continue;
      const cells: string[] = [];
      const uncomputed: Record<number, string> = {};
      const copies: number[] = [];
      const generalNumbers: number[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellText(cell);
        if (isGeneralNumber(cell)) generalNumbers.push(column - 1);
        const formula = unresultedFormula(cell);
        if (formula !== undefined) uncomputed[column - 1] = formula;
        if (cell.isMerged) {
          const master = cell.master;
          if (master.address !== cell.address) copies.push(column - 1);
          const area = areas.get(master.address) ?? { top: Number(master.row), bottom: Number(master.row), left: Number(master.col), right: Number(master.col), master };
          area.bottom = Math.max(area.bottom, row.number);
          area.right = Math.max(area.right, column);
          areas.set(master.address, area);
        }
      });
      // A comment may sit on an empty cell (the value cell left empty, the reason in its comment).
      const comments: Record<number, string> = {};
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const comment = commentText(cell.note);
        if (comment) comments[column - 1] = comment;
      });
      const filled = Array.from(cells, (cell) => cell ?? '');
      const formulas = Object.keys(uncomputed).length > 0;
      const content = formulas || filled.some((cell) => cell.trim() !== '');
      const commented = Object.keys(comments).length > 0;
      if (!content && !commented) continue;
      // A row hidden where a filter may have hidden it (under its header, within its range) may be data filtered out of
      // view, not a draft: read, and named.
      const filtered = row.hidden && !!filter && row.number > filter[0] && row.number <= filter[1];
      if (filtered) filteredRows.push(row.number);
      (row.hidden && !filtered ? hiddenRows : content ? rows : commentOnlyRows).push({
        number: row.number,
        cells: filled,
        ...(formulas ? { uncomputed } : {}),
        ...(copies.length ? { copies } : {}),
        ...(generalNumbers.length ? { generalNumbers } : {}),
        ...(commented ? { comments } : {}),
      });
    }
    const merges = [...areas.values()]
      .filter((area) => area.bottom > area.top)
      .map(({ top, bottom, left, right, master }): MergedArea => ({ range: `${master.address}:${worksheet.getCell(bottom, right).address}`, rows: [top, bottom], columns: [left - 1, right - 1] }));
    return {
      file,
      sheet: worksheet.name,
      rows,
      ...(merges.length ? { merges } : {}),
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(filteredRows.length ? { filteredRows } : {}),
      ...(commentOnlyRows.length ? { commentOnlyRows } : {}),
    };
  });
}

/**
 * The first and last row of an autofilter's range (`A2:K19`: 2 and 19; its first row is its header), as ExcelJS reads
 * it, `undefined` with none; a range it cannot read spans the whole sheet.
 */
function filterSpan(filter: ExcelJS.Worksheet['autoFilter']): readonly [number, number] | undefined {
  if (!filter) return undefined;
  const rowOf = (address: string | { row: number } | undefined) => (typeof address === 'string' ? Number(/\d+$/.exec(address)?.[0]) : address?.row);
  const [from, to] = typeof filter === 'string' ? filter.split(':').map(rowOf) : [rowOf(filter.from), rowOf(filter.to)];
  return from && to ? [from, to] : from ? [from, from] : [1, Infinity];
}

/**
 * A cell's formula (`=B5*2`) when the workbook holds no result for it: saved by a program that does not compute
 * formulas, or by Excel set to calculate manually. ExcelJS gives such a cell with no `result`.
 */
function unresultedFormula(cell: ExcelJS.Cell): string | undefined {
  if (!isFormula(cell.value) || (savedResult(cell) ?? null) !== null) return undefined;
  const formula = cell.formula;
  return formula ? `=${formula}` : '=';
}

/** Whether a cell's value is a formula (its result is read with {@link savedResult}). */
function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}

/**
 * A formula cell's saved result, from `cell.result`: ExcelJS's `cell.value` of a formula drops a result of 0
 * (`<f>1-1</f><v>0</v>`), as if none had been saved. A merged area's copy reads its first cell's.
 */
const savedResult = (cell: ExcelJS.Cell) => cell.master.result;

/**
 * Whether a number format shows its number times 100 (`0.0%`), as Excel reads a `%` in it: not one in quotes
 * (`0"%"`, which writes 85 as 85%), escaped (`0\%`, alike) or inside brackets (a colour, a condition, a locale).
 * ExcelJS drops the backslash as it reads the workbook, so the escaped sign is quoted in `styles.xml` before it reads
 * it (`quoteEscapedPercents`): 8 formatted `0\%` is 8%, not 800%.
 */
function scalesByHundred(numFmt: string): boolean {
  return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

/** An Excel comment as text (its runs joined: an author's name in bold, then the comment), or `''`. */
function commentText(note: ExcelJS.Cell['note'] | undefined): string {
  return threadedCommentText((typeof note === 'string' ? note : (note?.texts ?? []).map((run) => run.text).join('')).trim());
}

/** The link of the notice Excel writes in the note beside a threaded comment, whatever Excel's language. */
const threadedNoticeLink = 'https://go.microsoft.com/fwlink/?linkid=870924';

/**
 * A threaded comment of modern Excel as its own text: beside one, Excel writes a note for older versions, a notice
 * (`[Threaded comment]`, `Your version of Excel allows you to read this threaded comment; however, … Learn more:`
 * and its link), then the comment and each reply under a heading line of its own (`Comment:`, `Reply:`, in Excel's
 * language), indented four spaces. The comment and its replies, a line each; any other note as it is.
 */
function threadedCommentText(note: string): string {
  const link = note.indexOf(threadedNoticeLink);
  if (!note.startsWith('[') || link < 0) return note;
  const texts = note
    .slice(link + threadedNoticeLink.length)
    .split(/\n[^\s][^\n]*[:：]\n {4}/)
    .slice(1)
    .map((text) => text.replace(/\n {4}/g, '\n').trim())
    .filter(Boolean);
  return texts.length ? texts.join('\n') : note;
}

/** Whether a cell holds a number (typed, or a formula's saved result) in the General number format (`G/通用格式` as Chinese Excel names it), or in none. */
function isGeneralNumber(cell: ExcelJS.Cell): boolean {
  const value = isFormula(cell.value) ? savedResult(cell) : cell.value;
  return typeof value === 'number' && (!cell.numFmt || /^(?:general|g\/通用格式)$/i.test(cell.numFmt.trim()));
}

/** A cell as the person who typed it sees it: a formula as its saved result. */
function cellText(cell: ExcelJS.Cell): string {
  return valueText(isFormula(cell.value) ? ((savedResult(cell) ?? null) as ExcelJS.CellValue) : cell.value, cell.numFmt);
}

/**
 * A date cell as shown: `2023-06-30`; in a format that shows no day, its year and month alone (`2023年6月`, or
 * `2023-06`), for the import to refuse with what the clerk sees rather than read a day nobody chose.
 */
function dateText(date: Date, numFmt: string | undefined): string {
  // Excel's dates are calendar days with no zone; ExcelJS gives them as UTC midnight.
  const iso = date.toISOString().slice(0, 10);
  if (numFmt === undefined || !showsNoDay(numFmt)) return iso;
  return numFmt.includes('年') ? `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月` : iso.slice(0, 7);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // A percent format shows 0.364 as 36.4%: read what was shown (rounded off binary noise).
    return numFmt !== undefined && scalesByHundred(numFmt) ? `${Number((value * 100).toPrecision(12))}%` : String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value, numFmt);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return '';
}
