/**
 * A sheet's layout as the import reads it: its header row, its columns read and not read (a value or date column
 * misspelt, a note column renamed, a clerk's own), a CSV row split by a thousands comma, a sheet with no table in it.
 */
import { parseReadingValue } from '../read-value.js';
import type { Plan, Target } from '../schema.js';
import { columnsOfHeader, HEADER_SEARCH_ROWS, namesTheDate, namesTheValue, type SheetColumn } from './sheet-columns.js';
import type { Sheet } from './read-sheets.js';
import { readsAsDate } from './date-hints.js';
import { isDateText } from './value-shapes.js';

/** A column's letter as Excel names it: 0 → `A`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The first column the import does not read whose header names the date all the same ({@link namesTheDate}) and
 * whose cells hold dates (`2023-03-31`, `2023年3月31日`): the date column misspelt, in a sheet without one; -1 when there
 * is none.
 */
export function dateColumnUnread(sheet: Sheet, headerIndex: number, columns: readonly (SheetColumn | undefined)[]): number {
  const rows = sheet.rows.slice(headerIndex + 1);
  const isDate = (text: string | undefined) => !!text?.trim() && readsAsDate(text);
  return sheet.rows[headerIndex]!.cells.findIndex((header, i) => columns[i] === undefined && namesTheDate(header) && rows.some((row) => isDate(row.cells[i])));
}

/**
 * The first column the import does not read whose header names the values all the same ({@link namesTheValue}) and
 * whose cells read as values of their rows' targets (`2100`, `2.1萬`; not a date, nor `1-6月新建基站2100個`): the value
 * column renamed (1-6月完成值), in a sheet without one; -1 when there is none.
 */
export function valueColumnUnread(sheet: Sheet, headerIndex: number, columns: readonly (SheetColumn | undefined)[], targetOf: (id: string) => Target | undefined): number {
  const rows = sheet.rows.slice(headerIndex + 1);
  const ids = columns.indexOf('target');
  const isValue = (text: string | undefined, id: string | undefined) => {
    const target = ids < 0 ? undefined : targetOf(id?.trim() ?? '');
    const read = !!text?.trim() && !!target && !isDateText(text.trim()) ? parseReadingValue(text, target) : undefined;
    // A fraction written for a percent (0.9 for 96%) is a value too, refused as such once its column is read.
    return !!read && ('value' in read || read.problem.code === 'fractionForPercent');
  };
  return sheet.rows[headerIndex]!.cells.findIndex((header, i) => columns[i] === undefined && namesTheValue(header) && rows.some((row) => isValue(row.cells[i], row.cells[ids])));
}

/** Whether the import reads `unit` after a number for some target of the plan: 萬, 億, %, or one of its units (萬元, 个). */
export const readsUnit = (plan: Plan) => (unit: string) => !/^[\d.,+-]/.test(unit) && plan.targets.some((target) => 'value' in parseReadingValue(`1${unit}`, target));

/**
 * Whether a header the import does not read looks like the note column renamed: 备注说明, 備註欄, 附註, 注, 情況說明,
 * 说明, the work's progress in words (進展情況, 工作進展, 进展: r127 L1), Notes, Remarks; not a header that merely holds
 * 注 or 說明 (注册地, 註冊號, 关注事项, 說明書), nor a figure of progress (工程進展(%), 形象進展: r129 F7).
 */
export const namesANote = (header: string): boolean =>
  /[備备附][註注]|^[註注]$|[說说]明$|^(?:工作)?[進进]展(?:情[況况])?$|^(?:notes?|remarks?|comments?)$/i.test(header.normalize('NFKC').trim());

/** How many cells from the first reach the last one with content (0 when none has any). */
export const filledWidth = (cells: readonly string[]): number => cells.findLastIndex((cell) => (cell ?? '').trim() !== '') + 1;

/**
 * A CSV row's value split by thousands commas typed unquoted in a text editor (`t09.2,1,200,2023-06-30`): when the row
 * as read does not line up with the header (a cell with content past its last column, or a date cell that is no date)
 * and it does once the value cell is joined with the next cells as thousands groups (`1` and `200`; `12`, `345` and
 * `678`), the value so joined (`1,200`) and how many cells it spans; else `undefined`. The value is not read from it:
 * the row is a problem (`thousandsSplit`).
 */
export function thousandsSplit(cells: readonly string[], columns: readonly (SheetColumn | undefined)[], width: number): { value: string; cells: number } | undefined {
  const [value, date] = [columns.indexOf('value'), columns.indexOf('asOf')];
  const text = (i: number) => (cells[i] ?? '').trim();
  const linesUp = (row: readonly string[]) =>
    filledWidth(row) <= width && (date < 0 || !row[date]?.trim() || readsAsDate(row[date]!));
  if (value < 0 || !/^[+-]?\d{1,3}$/.test(text(value)) || linesUp(cells)) return undefined;
  // Each next cell of three digits (the last may have decimals: 1,200.5) is a group, until the row lines up.
  for (let end = value + 1; /^\d{3}(?:\.\d+)?$/.test(text(end)); end++) {
    const joined = [...cells.slice(0, value), cells.slice(value, end + 1).map((cell) => cell.trim()).join(','), ...cells.slice(end + 1)];
    if (linesUp(joined)) return { value: joined[value]!, cells: end - value + 1 };
    if (text(end).includes('.')) break;
  }
  return undefined;
}

/**
 * The columns of the sheet the import does not read (an unknown header, an empty one, a second note column) whose cells
 * hold content in the data rows, each with those rows' numbers. The template's own columns (指標, 計量單位, 目標…) are
 * known, read-only columns, never among them. The rows in `split` (split by a thousands comma, {@link thousandsSplit}:
 * their cells past the value are shifted, and the row is a problem) are left out.
 */
export function unreadColumnsOf(
  sheet: Sheet,
  headerIndex: number,
  columns: readonly (SheetColumn | undefined)[],
  split: ReadonlyMap<number, unknown>,
): { index: number; header: string; rows: number[] }[] {
  const dataRows = sheet.rows.slice(headerIndex + 1).filter((row) => !split.has(row.number));
  const header = sheet.rows[headerIndex]!.cells;
  // A loop, not Math.max(...rows): a spread of 200,000 rows overflows the stack (r77 H1).
  const width = dataRows.reduce((widest, row) => Math.max(widest, row.cells.length), header.length);
  const found: { index: number; header: string; rows: number[] }[] = [];
  for (let i = 0; i < width; i++) {
    const column = columns[i];
    if (column !== undefined && columns.indexOf(column) === i) continue;
    // A merged cell's copy (a template column merged across two cells) is its first cell's value, read there.
    const rows = dataRows.filter((row) => (row.cells[i] ?? '').trim() !== '' && !row.copies?.includes(i)).map((row) => row.number);
    if (rows.length) found.push({ index: i, header: (header[i] ?? '').trim() || columnLetter(i), rows });
  }
  return found;
}

/** Whether a sheet holds nothing but blank cells. */
export const isBlank = (sheet: Sheet): boolean => sheet.rows.every((row) => row.cells.every((cell) => cell.trim() === ''));

/** Whether any cell of the sheet names one of the plan's targets. */
export const holdsTargetIds = (sheet: Sheet, targetOf: (id: string) => Target | undefined): boolean =>
  sheet.rows.some((row) => row.cells.some((cell) => cell.trim().length > 0 && cell.trim().length < 20 && targetOf(cell.trim()) !== undefined));

/** The plan's targets a sheet's cells name, each with its row, in the order of the sheet: the ids of a sheet with no header. */
export const idsOf = (sheet: Sheet, targetOf: (id: string) => Target | undefined): { id: string; row: number }[] =>
  sheet.rows.flatMap((row) => row.cells.flatMap((cell) => {
    const target = cell.trim().length > 0 && cell.trim().length < 20 ? targetOf(cell.trim()) : undefined;
    return target ? [{ id: target.id, row: row.number }] : [];
  }));

/**
 * The index of the header row among the sheet's first rows: the first that names both the target id and the value
 * (a two-level header, 完成情況 above 完成值 and 截至日期, names them in its second row, the target id merged down into
 * it), else the first that names the target id (its missing value column is then the problem), else -1.
 */
export function headerRowOf(sheet: Sheet): number {
  const columns = sheet.rows.slice(0, HEADER_SEARCH_ROWS).map((row) => columnsOfHeader(row.cells));
  const complete = columns.findIndex((names) => names.includes('target') && names.includes('value'));
  return complete >= 0 ? complete : columns.findIndex((names) => names.includes('target'));
}

/** A sheet's columns as the import reads them: a column's index (-1 when absent), its header, a row's cell in it. */
export interface SheetTable {
  readonly at: (column: SheetColumn) => number;
  /** The column's header as the sheet writes it (the column must be there). */
  readonly headerOf: (column: SheetColumn) => string;
  /** A row's cell in the column, trimmed; `''` when the sheet has no such column. */
  readonly cell: (cells: readonly string[], column: SheetColumn) => string;
}

/** The {@link SheetTable} of a header row's cells and the columns read from them. */
export function sheetTable(header: readonly string[], columns: readonly (SheetColumn | undefined)[]): SheetTable {
  const at = (column: SheetColumn) => columns.indexOf(column);
  return {
    at,
    headerOf: (column) => header[at(column)]!.trim(),
    cell: (cells, column) => (at(column) < 0 ? '' : (cells[at(column)] ?? '').trim()),
  };
}
