/**
 * From filled progress sheets to a progress report: every row checked as the plan's `evaluateTarget` will judge it
 * (paced from the plan's period start), every problem named with its file, sheet, row, column and the text found there.
 */
import { evaluatePlanTarget } from '../evaluate-target.js';
import { formatAmount, formatNumber } from '../describe-target.js';
import { onLine, unitScale } from '../format-number.js';
import type { ProgressEntry, ProgressReport } from '../progress-report.js';
import { parseReadingValue } from '../read-value.js';
import { describeReadingProblem, InvalidReadingError, type InvalidDateProblem, type ReadingProblem } from '../reading-problems.js';
import type { Language, Plan, Target, Unit } from '../schema.js';
import { changeDirection } from '../change-direction.js';
import { readsAsChange } from '../target-kinds.js';
import { indexPlan } from '../plan-index.js';
import { getTarget } from '../queries/get-target.js';
import { referenceText } from '../queries/reference-number.js';
import { languageOption } from '../library-inputs.js';
import { latestIsoDate } from '../local-date.js';
import { lastDayOf } from '../iso-date.js';
import { isTimeOfDay, planDateOfTimestamp, sheetDate } from './sheet-date.js';
import { columnsOfHeader, filledColumns, HEADER_SEARCH_ROWS, namesTheDate, namesTheValue, sheetHeaders, unitOfHeader, type SheetColumn } from './sheet-columns.js';
import { serialDate } from './xlsx-date-formats.js';
import { describeRows, describeWhere, sheetProblemWords, type SheetProblem, type SheetProblemCode, type SheetWarning, type UnreadColumn } from './sheet-problems.js';
import type { Sheet } from './read-sheets.js';
import { readingKey, type DatedReading } from './append-period.js';
import { contradictedChange, risesInsteadOfFalling } from './reversed-changes.js';
import { targetMismatch } from './described-targets.js';
import { pointsForLevel } from './points-for-level.js';
import { unreportedTargets, type ValueRow } from './unreported.js';
import { reportingUnitOf } from './reporting-unit.js';
import { notLedBy } from './not-led.js';
import { reportingUnits, type ReadingSource } from './reading-sources.js';

/** Options of {@link importProgressSheets}. */
export interface ImportProgressOptions {
  /**
   * The date of rows whose date is empty, and the report's date: a row dated after it is refused (`afterAsOf`), as a
   * report holds no reading from after the day it stands at. Default: the latest date in the rows.
   */
  readonly asOf?: string;
  /** Language of the messages. Default zh-Hant; another tag is read as `resolveLanguage` reads it (`zh-CN` is zh-Hans, `fr` English). */
  readonly lang?: Language;
  /**
   * Today, `YYYY-MM-DD`: a reading dated after it is refused. Default: the date where it is latest on Earth when the
   * import runs (`latestIsoDate()`), as every judge of a reading's date takes it: a row dated today in Dezhou is read on
   * a machine whose clock says UTC.
   */
  readonly today?: string;
  /**
   * The report the import will be appended to (`dz-plan progress import --into`): its readings on or before a target's
   * deadline back a row of the sheets dated after it (see `afterDeadline`), as the sheets' own readings do.
   */
  readonly appendTo?: ProgressReport;
}

/** What an import found: the report of the rows accepted, every problem of the rows rejected, the rows skipped. */
export interface ProgressImport {
  /**
   * The report of every accepted row (`undefined` when no row gives a value, or none is accepted). It is the whole
   * import only when `problems` is empty; otherwise the rows with problems are missing from it.
   */
  readonly report: ProgressReport | undefined;
  /** Every problem, in file and row order. */
  readonly problems: readonly SheetProblem[];
  /**
   * What the import says without blocking it, each quoting what it is about: a row skipped (a note alone under the
   * data), rows hidden in Excel skipped, an Excel comment not read, a fall on a target to reduce written below zero
   * (read as written, a rise). See {@link SheetWarning}.
   */
  readonly warnings: readonly SheetWarning[];
  /** How many rows gave a value and were accepted. */
  readonly accepted: number;
  /** How many rows were rejected (each has one problem or more in `problems`). */
  readonly rejected: number;
  /**
   * The worksheets skipped because they are hidden in Excel (an old version kept in the workbook): the clerk does not
   * see them, so their rows are not read. Each names its file and sheet, in `message` in words.
   */
  readonly hiddenSheets: readonly HiddenSheet[];
  /**
   * The readings each file and worksheet gave, in the order read (those that gave none left out): a second sheet of a
   * workbook (a copy of last month's kept beside this month's) adds its readings too, and this says which.
   */
  readonly perSheet: readonly { readonly file: string; readonly sheet?: string; readonly accepted: number }[];
  /**
   * The columns the import does not read whose cells hold content in data rows (a clerk's own 聯系人 column): not
   * imported, each named with its rows so that nothing given goes unsaid. A column whose header looks like a note is a
   * problem instead (`noteUnread`).
   */
  readonly unreadColumns: readonly UnreadColumn[];
  /**
   * The worksheets skipped because they hold no table (no header row, no target id): a 填表說明 sheet beside the filled
   * one. Each names its file and sheet, in `message` in words. A workbook of such sheets alone is a `noHeader` problem.
   */
  readonly skippedSheets: readonly HiddenSheet[];
  /**
   * The readings of the report appended to (`appendTo`) at a target and date the sheets' rows conflict on: a third
   * figure, or one of the two, not agreed either, so held back as the rows are (each row's `conflict` names it).
   * `dz-plan progress import --into` removes them from the report it writes, and says so (F83, review r58 Low 2).
   */
  readonly heldBack: readonly DatedReading[];
  /**
   * Where each reading of `report` came from, in the order of its entries: every row that gave it (two units' sheets
   * agreeing, both), each with the unit whose sheet it is when its line above the header names one. The report keeps the
   * units (`reportedBy`); the files and rows, the office's working copies, stay here (review r68 M1, L3).
   */
  readonly sources: readonly ReadingSource[];
}

/**
 * A row giving a value for a target and date, read while the sheets are: its value, where it is, where its problem goes
 * among the others and its place in the order read, the conflict it is beside another such row, and, dated after its
 * target's deadline, the problem it is if nothing on or before the deadline stands beside it.
 */
interface SheetReading {
  readonly value: number;
  readonly where: string;
  /** The sheet the row is in, and its number there. */
  readonly sheet: Sheet;
  readonly row: number;
  /** The id of the unit the sheet is for (its line above the header names it), if it is one unit's. */
  readonly unit?: string;
  readonly at: number;
  readonly order: number;
  /**
   * The conflict beside `other`, more than two values given or not, with the report's value at the date when it has
   * one; `rows`: the rows of the conflict when all are in this row's sheet (an id typed twice, not two units' figures);
   * `sameUnit`: whether they are all in sheets of this row's unit (one unit's two figures, r69 M4).
   */
  readonly conflict: (other: SheetReading, many: boolean, report?: number, rows?: readonly number[], sameUnit?: boolean) => SheetProblem;
  readonly afterDeadline?: SheetProblem;
  /** {@link afterDeadline} when the target's reading by the deadline is held back as a conflict. */
  readonly afterConflict?: SheetProblem;
}

/** A worksheet the import skipped (hidden, or with no table): `發改委.xlsx 工作表「舊」:隱藏的工作表,未匯入…`. */
export interface HiddenSheet {
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name. */
  readonly sheet: string;
  /** Where and why, in words, starting with the file and sheet. */
  readonly message: string;
}

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
function dateColumnUnread(sheet: Sheet, headerIndex: number, columns: readonly (SheetColumn | undefined)[]): number {
  const rows = sheet.rows.slice(headerIndex + 1);
  const isDate = (text: string | undefined) => !!text?.trim() && /^\d{4}-\d\d-\d\d$/.test(sheetDate(text.trim()));
  return sheet.rows[headerIndex]!.cells.findIndex((header, i) => columns[i] === undefined && namesTheDate(header) && rows.some((row) => isDate(row.cells[i])));
}

/**
 * The first column the import does not read whose header names the values all the same ({@link namesTheValue}) and
 * whose cells read as values of their rows' targets (`2100`, `2.1萬`; not a date, nor `1-6月新建基站2100個`): the value
 * column renamed (1-6月完成值), in a sheet without one; -1 when there is none.
 */
function valueColumnUnread(sheet: Sheet, headerIndex: number, columns: readonly (SheetColumn | undefined)[], targetOf: (id: string) => Target | undefined): number {
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
const readsUnit = (plan: Plan) => (unit: string) => !/^[\d.,+-]/.test(unit) && plan.targets.some((target) => 'value' in parseReadingValue(`1${unit}`, target));

/**
 * The last day of the month a text names without its day (`2023年6月`, `2023-06` as a cell formatted to show no day
 * reads, `2023/6`, `2023.6`): `2023-06-30`; `undefined` for any other text.
 */
function monthWithoutDay(text: string): string | undefined {
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text.normalize('NFKC').trim());
  const [year, number] = [Number(month?.[1]), Number(month?.[2])];
  return month && number >= 1 && number <= 12 ? lastDayOf(year, number) : undefined;
}

/**
 * How far a figure written with a magnitude word or in another unit may convert from the target's value before it is a
 * problem (`implausibleScale`): under a thousandth of it, or over a hundred times it. The Dezhou plan's targets run from
 * 0.3 to 2000 in units that carry their own 萬 or 億 (800億元, 21.17億立方米, 3.3萬人): a word that moves the figure by 10⁴
 * or 10⁸ against such a unit lands outside these bounds (1.2万 for 800億元 is 0.00012億元), while a month's share of a
 * five-year flow (1/60) and a year's overshoot of a small count (6× of 2000人) stay inside them.
 */
export const IMPLAUSIBLE_SCALE = { below: 1 / 1000, above: 100 } as const;

/**
 * Whether a value written with a magnitude word or in another unit (`1.2万` for 800億元, `21000人` for 萬人: the number
 * read is not the number written) converts to a figure outside {@link IMPLAUSIBLE_SCALE} of the target's value. A plain
 * number, or one in the target's own unit (`2.1萬人` for 萬人), is not judged so: a small honest figure is possible.
 * A share of a set (4/11) is left to its own checks.
 */
function implausiblyScaled(text: string, value: number, target: Target): boolean {
  const goal = Math.abs(target.value);
  if (target.fraction || goal === 0 || value === 0 || !converted(text, value)) return false;
  const ratio = Math.abs(value) / goal;
  return ratio < IMPLAUSIBLE_SCALE.below || ratio > IMPLAUSIBLE_SCALE.above;
}

/** Whether a value's text is read as another number than it writes: a magnitude word (`8000万`) or another unit (`30人` for 萬人). */
function converted(text: string, value: number): boolean {
  const written = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return !!written && !onLine(value, Number(written[0].replace(/,/g, '')));
}

/**
 * Whether a figure out of {@link IMPLAUSIBLE_SCALE} converts cleanly into the target's unit, so that the message says
 * what to write (`「8000万」即 0.8億元:如是,請填 0.8`) rather than that it is too far: `number`, the figure in the
 * target's unit, has three decimals at most (0.8, 0.003; not 0.00012) and is under a thousand times the target.
 */
function cleanlyScaled(number: string, value: number, target: Target): boolean {
  return /^[+-]?\d+(?:\.\d{1,3})?$/.test(number) && Math.abs(value) < 1000 * Math.abs(target.value);
}

/**
 * Whether a value is a bare whole number (`4`, no % sign, no `/`) for a share of a set (至少1/3的縣(市、區)): a count of
 * the set as likely as the share in percent, and the plan gives no count of the set to turn one into the other, so
 * it is a problem (`bareShare`), not 4%. A whole number written with decimals (4.0) is one too; a decimal (36.4) is no
 * count and is read as the share; 0 is 0 either way.
 */
function bareCountOrShare(text: string, value: number, target: Target): boolean {
  return target.fraction !== undefined && value !== 0 && /^[+-]?\d+(?:\.0+)?$/.test(text.normalize('NFKC').trim());
}

/**
 * The whole date a text in the date column seems to stand for: an Excel date serial that lost its date format (45107,
 * 2023-06-30), a month without its day ({@link monthWithoutDay}: its last day), a whole date written nearly right
 * ({@link wholeDate}) or a quarter or a half ({@link periodEnd}: its last day, in `year` or by `today` when the text
 * names no year; no date when neither tells it).
 */
function looksLike(text: string, year: string | undefined, today: string): InvalidDateProblem['looksLike'] {
  const serial = serialDate(text.trim());
  if (serial !== undefined) return { shape: 'serial', date: serial };
  const month = monthWithoutDay(text);
  if (month !== undefined) return { shape: 'month', date: month };
  const date = wholeDate(text);
  if (date !== undefined) return { shape: 'date', date };
  const end = periodEnd(text, year, today);
  return end === undefined ? undefined : end === null ? { shape: 'period' } : { shape: 'period', date: end };
}

/**
 * A real date, year first, written nearly right (`2023年6月30号`, `2023-6-30T00:00:00`): `2023-06-30`; a timestamp with
 * its zone in any form (`2023-06-29T16:00:00.000Z`, `2023-06-29 16:00:00+00:00`: China's midnight exported as UTC) by
 * its date in the plan's time zone ({@link planDateOfTimestamp}: 2023-06-30, not the UTC date); else, or with a time
 * that is none (`T24:00:00`), `undefined`.
 */
function wholeDate(text: string): string | undefined {
  const zoned = planDateOfTimestamp(text);
  if (zoned !== undefined) return zoned;
  // A time with a zone is dated by planDateOfTimestamp alone, never by its UTC date; a time that is none (24:00) is no date.
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:[T\s]\s*(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?$/.exec(text.normalize('NFKC').trim());
  if (!parts || (parts[4] !== undefined && !isTimeOfDay(parts[4], parts[5]!, parts[6]))) return undefined;
  const date = new Date(Date.UTC(+parts[1]!, +parts[2]! - 1, +parts[3]!));
  return date.getUTCMonth() === +parts[2]! - 1 && date.getUTCDate() === +parts[3]! ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * The last day of a quarter or a half (`2023年二季度`, `第3季度`, `Q2`, `上半年`, `前三季度`): `2023-06-30`. A text naming no
 * year takes `year` (the one year the sheet's other rows are dated in), else the year by `today`: this year's when the
 * period has ended (上半年 in December), last year's when this year's has not begun (下半年 in January); `null` while it
 * is under way (no year guessed: r58 M2, the deadline's year put a 2023 sheet in 2025). Any other text: `undefined`.
 */
function periodEnd(text: string, year: string | undefined, today: string): string | null | undefined {
  const monthEnd = monthOrYearEnd(text, year, today);
  if (monthEnd !== undefined) return monthEnd;
  const parts = /^(?:(\d{4})\s*年?)?\s*(?:([上下])半年|(前)?第?([一二三四1-4])\s*季度?|Q([1-4]))\s*末?$/i.exec(text.normalize('NFKC').trim());
  if (!parts) return undefined;
  // The quarter the period ends with: 上半年 the second, 下半年 the fourth, 三季度 or Q3 the third.
  const quarter = parts[2] ? (parts[2] === '上' ? 2 : 4) : parts[5] ? +parts[5] : '一二三四'.indexOf(parts[4]!) + 1 || +parts[4]!;
  // Its first month: January for 上半年 and 前三季度, July for 下半年, else the quarter's.
  const first = parts[2] ? (parts[2] === '上' ? 1 : 7) : parts[3] ? 1 : quarter * 3 - 2;
  return endInYear((y) => lastDayOf(y, quarter * 3), first, parts[1] ?? year, today);
}

/**
 * The last day of a period (`end`, by its year) in `named` (the text's year, else the one year of the sheet's other
 * rows), else in the year by `today`: this year's once the period has ended (上半年 in December), last year's when this
 * year's has not begun (`first` month: 下半年 in January), `null` while it is under way (no year guessed: r58 M2, the
 * deadline's year put a 2023 sheet in 2025; r60 M2, 年底 in December). Quarters, halves and month or year ends alike.
 */
function endInYear(end: (year: number) => string, first: number, named: string | undefined, today: string): string | null {
  if (named) return end(Number(named));
  const thisYear = Number(today.slice(0, 4));
  if (end(thisYear) <= today) return end(thisYear);
  return today < `${thisYear}-${String(first).padStart(2, '0')}-01` ? end(thisYear - 1) : null;
}

/**
 * The last day of a month's or a year's end (`6月底`, `2023年6月底`, `6月末`, `年底`, `2023年末`, `2023年年底`; with 前
 * after it or 截至 before it: `6月底前`, `截至6月底`): `2023-06-30`. A text naming no year takes its year as
 * {@link periodEnd} does ({@link endInYear}): `null` while the month or year is under way. Any other text: `undefined`.
 */
function monthOrYearEnd(text: string, year: string | undefined, today: string): string | null | undefined {
  // The year and month as a date writes them (2023.6月底, 2023-06月底) too (r60 Low 6).
  const parts = /^(?:截至|截止|到|至)?\s*(?:(\d{4})\s*(?:年\s*(?:(\d{1,2})\s*月|年)?|[-/.]\s*(\d{1,2})\s*月)|(\d{1,2})\s*月|年)\s*[底末]\s*(?:前|止|为止|為止)?$/.exec(text.normalize('NFKC').trim());
  const month = parts ? Number(parts[2] ?? parts[3] ?? parts[4] ?? 12) : NaN;
  if (!parts || !(month >= 1 && month <= 12)) return undefined;
  // A year's end is under way all year; a month's from its first day.
  const first = parts[2] ?? parts[3] ?? parts[4] ? month : 1;
  return endInYear((y) => lastDayOf(y, month), first, parts[1] ?? year, today);
}

/**
 * The year a row's date cell names, when it names one: a date (`2023-06-30`, an Excel date), or a text starting with
 * its year (`2023年二季度`, `2023.6`); else `undefined`.
 */
function yearOfDate(text: string): string | undefined {
  const date = sheetDate(text.trim());
  if (/^\d{4}-\d\d-\d\d$/.test(date)) return date.slice(0, 4);
  return /^(\d{4})\s*[-/.年]/.exec(text.normalize('NFKC').trim())?.[1];
}

/**
 * Whether a header the import does not read looks like the note column renamed: 备注说明, 備註欄, 附註, 注, 情況說明,
 * 说明, Notes, Remarks; not a header that merely holds 注 or 說明 (注册地, 註冊號, 关注事项, 說明書).
 */
const namesANote = (header: string): boolean =>
  /[備备附][註注]|^[註注]$|[說说]明$|^(?:notes?|remarks?|comments?)$/i.test(header.normalize('NFKC').trim());

/** How many cells from the first reach the last one with content (0 when none has any). */
const filledWidth = (cells: readonly string[]): number => cells.findLastIndex((cell) => (cell ?? '').trim() !== '') + 1;

/**
 * A CSV row's value split by thousands commas typed unquoted in a text editor (`t09.2,1,200,2023-06-30`): when the row
 * as read does not line up with the header (a cell with content past its last column, or a date cell that is no date)
 * and it does once the value cell is joined with the next cells as thousands groups (`1` and `200`; `12`, `345` and
 * `678`), the value so joined (`1,200`) and how many cells it spans; else `undefined`. The value is not read from it:
 * the row is a problem (`thousandsSplit`).
 */
function thousandsSplit(cells: readonly string[], columns: readonly (SheetColumn | undefined)[], width: number): { value: string; cells: number } | undefined {
  const [value, date] = [columns.indexOf('value'), columns.indexOf('asOf')];
  const text = (i: number) => (cells[i] ?? '').trim();
  const linesUp = (row: readonly string[]) =>
    filledWidth(row) <= width && (date < 0 || !row[date]?.trim() || /^\d{4}-\d\d-\d\d$/.test(sheetDate(row[date]!.trim())));
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
function unreadColumnsOf(
  sheet: Sheet,
  headerIndex: number,
  columns: readonly (SheetColumn | undefined)[],
  split: ReadonlyMap<number, unknown>,
): { index: number; header: string; rows: number[] }[] {
  const dataRows = sheet.rows.slice(headerIndex + 1).filter((row) => !split.has(row.number));
  const header = sheet.rows[headerIndex]!.cells;
  const width = Math.max(header.length, ...dataRows.map((row) => row.cells.length));
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
const isBlank = (sheet: Sheet): boolean => sheet.rows.every((row) => row.cells.every((cell) => cell.trim() === ''));

/** Whether any cell of the sheet names one of the plan's targets. */
const holdsTargetIds = (sheet: Sheet, targetOf: (id: string) => Target | undefined): boolean =>
  sheet.rows.some((row) => row.cells.some((cell) => cell.trim().length > 0 && cell.trim().length < 20 && targetOf(cell.trim()) !== undefined));

/**
 * A value typed as a date (`2023-04-11`, `2023/4/11`, `2023年4月11日`, a month {@link monthWithoutDay} reads: `2023年6月`,
 * `2023-06`; not `2023.6`, a number), or a date cell as the reader gives it.
 */
const isDateText = (text: string): boolean =>
  /^\d{4}-\d\d-\d\d$/.test(sheetDate(text)) || (monthWithoutDay(text) !== undefined && !/^\d+\.\d+$/.test(text.normalize('NFKC').trim()));

/**
 * Whether a value cell holds a mark for "no figure" rather than a number, with no digit in it: dashes, a slash (—, -,
 * /, ×), or words for none yet (暫無, 未統計, 年底統計, 待統計, 不適用, 無, N/A).
 */
function isPlaceholder(text: string): boolean {
  const mark = text.normalize('NFKC').trim();
  return !/\d/.test(mark) && (/^[\p{P}\p{S}\s]+$/u.test(mark) || /[暫暂尚待未無无]|[統统][計计]|不[適适]用|^(?:n\/?a|none|tbd)$/i.test(mark));
}

/** Whether an id cell holds a total's label (合计, 合 計, 總計, 小计, 全市合计, 全区合计, Total) rather than a target id. */
const isTotal = (id: string): boolean => /^(?:全[市县縣区區])?(?:[合總总小共]\s*[計计])$|^(?:sub)?total$/i.test(id.normalize('NFKC').trim());

/** Whether a target's value is in % or in 個百分點 (a rate, a growth, a change; or a target of a plan without measures). */
const inPercent = (target: Target): boolean =>
  /^(?:[%％]|[個个]?百分[點点])$/.test(target.unit.trim()) && (target.measure === undefined || target.measure === 'rate' || target.measure === 'growth' || target.measure === 'change');

/**
 * Whether a value in % reads as a fraction of one: 0.086 for 8.6%, as a formula (本期-基期)/基期 gives it. Between -1
 * and 1 and not 0, `written` (the number as the sheet shows it) with three decimals or more (0.5 or 0.25 may well be
 * the percent meant), under a tenth of the target `goal` and, as a percent, within three times it: 0.086 for ↓12% or
 * 0.028 for ≥3% are fractions; 0.458 for ↓5% (a real fall of 0.458%, 45.8% as a fraction) and 0.125 for +0.5個百分點 are not.
 * The sheet's own rule, for a formula's ratio: a bare fraction of a rate of 20% or more (0.9 for 96%) is refused by
 * `parseReadingValue`, as the elements' `value` is; a number written with its % sign is neither.
 */
const looksLikeFraction = (value: number, written: string, goal: number): boolean =>
  value !== 0 &&
  Math.abs(value) < Math.min(1, Math.abs(goal) / 10) &&
  100 * Math.abs(value) <= 3 * Math.abs(goal) &&
  (/\.(\d+)$/.exec(written)?.[1]?.length ?? 0) >= 3;

/**
 * Merges filled sheets (any number of units' files) into one progress report for the plan. Values are read as
 * people type them (`parseReadingValue`: `2,100`, `2100個`, `2.1萬`, `36.4%`, full-width digits), dates as
 * `2023-06-30`, `2023/6/30` or `2023年6月30日`; a row without a value is a target the unit does not report on.
 *
 * @example
 * ```ts
 * const result = importProgressSheets([readCsv('發改委.csv', text)], dezhouPlan, { lang: 'en' });
 * if (result.problems.length) console.log(result.problems.map((p) => p.message));
 * // ['發改委.csv, row 14, 完成值: "二千" is not a number: write digits, such as 2100 or 2.1萬']
 * ```
 */
export function importProgressSheets(sheets: readonly Sheet[], plan: Plan, options: ImportProgressOptions = {}): ProgressImport {
  const lang = languageOption(options.lang, 'zh-Hant');
  const today = options.today ?? latestIsoDate();
  const words = sheetProblemWords[lang];
  const index = indexPlan(plan);
  // An id as people write it (T09.1, t9.1, 9.1, ｔ０９．１, the number 9.1) is the target it names, as the plan's look-ups read it.
  const targetOf = (id: string) => (id ? getTarget(index, id) : undefined);
  const problems: SheetProblem[] = [];
  const warnings: SheetWarning[] = [];
  const entries: ProgressEntry[] = [];
  // Each target and date given a value, by its first row's entry: every row giving it a value, in the order read (a
  // conflict when they differ), the notes of the rows that agree, the first row's sheet, and, for a date after the
  // target's deadline, the warning the first row is if kept (`pastDeadline`) and where it goes among the warnings.
  const seen = new Map<
    string,
    {
      readonly target: string;
      readonly entry: number;
      readonly rows: SheetReading[];
      readonly notes: string[];
      readonly sheet: { accepted: number };
      readonly kept?: { readonly warning: SheetWarning; readonly at: number; readonly sheet: number; readonly asOf: string; readonly deadline: string };
    }
  >();
  let read = 0;
  const hiddenSheets: HiddenSheet[] = [];
  const skippedSheets: HiddenSheet[] = [];
  const unreadColumns: UnreadColumn[] = [];
  const perSheet: { file: string; sheet?: string; accepted: number }[] = [];
  let rejected = 0;
  // Each sheet's header row, found once: a sheet is judged beside the others of its workbook.
  const headerRows = new Map(sheets.map((sheet) => [sheet, headerRowOf(sheet)]));
  const nameOf = (unit: Unit) => unit.name[lang] || unit.name['zh-Hant'];
  // Each unit's sheets, as read: their rows' targets and values, checked for targets without a value once all are read
  // (r69 M5: a unit's rows split over two files), and where among the warnings its last sheet's end is.
  const unitSheets = new Map<string, { readonly unit: Unit; readonly rows: ValueRow[]; readonly places: { file: string; sheet?: string }[]; at: number; sheet: number }>();
  /** A worksheet the import skips, named with why: `發改委.xlsx 工作表「舊」:…`. */
  const skipped = (sheet: Sheet & { readonly sheet: string }, why: string): HiddenSheet => ({
    file: sheet.file,
    sheet: sheet.sheet,
    message: `${describeWhere({ file: sheet.file, sheet: sheet.sheet }, lang)}${lang === 'en' ? ': ' : ':'}${why}`,
  });

  for (const sheet of sheets) {
    if (sheet.hidden && sheet.sheet !== undefined) {
      hiddenSheets.push(skipped({ ...sheet, sheet: sheet.sheet }, words.hiddenSheet(sheet.hidden === 'veryHidden')));
      continue;
    }
    // A workbook's blank worksheets (Sheet2, Sheet3 as Excel adds them) hold nothing to import; a blank file does.
    if (isBlank(sheet) && sheets.some((other) => other.file === sheet.file && !isBlank(other))) continue;
    const headerIndex = headerRows.get(sheet)!;
    // A sheet beside the table with no table in it (填表說明, no header row and no target id): skipped, and named. A
    // workbook of such sheets alone gives nothing, a problem; a sheet with target ids but no header row is one too.
    if (headerIndex < 0 && sheet.sheet !== undefined && !holdsTargetIds(sheet, targetOf) && sheets.some((other) => other !== sheet && other.file === sheet.file && !other.hidden && headerRows.get(other)! >= 0)) {
      skippedSheets.push(skipped({ ...sheet, sheet: sheet.sheet }, words.noTable()));
      continue;
    }
    /** A problem or warning of this sheet: where it is, and its message starting with that place. */
    const placed = <Code, At extends { row?: number; column?: string; text?: string }>(code: Code, detail: string, at: At) => {
      const where = describeWhere({ file: sheet.file, sheet: sheet.sheet, row: at.row, column: at.column }, lang);
      return { code, file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), ...at, message: `${where}${lang === 'en' ? ': ' : ':'}${detail}` };
    };
    const problem = (code: SheetProblemCode, detail: string, at: { row?: number; column?: string; text?: string } = {}): SheetProblem => placed(code, detail, at);
    if (isBlank(sheet)) {
      // Nothing in the file (0 bytes, blank lines, a workbook of blank sheets): said once, as such, not as no header (r69 L10).
      const first = sheets.find((other) => other.file === sheet.file && !(other.hidden && other.sheet !== undefined));
      if (first === sheet) problems.push({ code: 'emptyFile', file: sheet.file, message: `${describeWhere({ file: sheet.file }, lang)}${lang === 'en' ? ': ' : ':'}${words.emptyFile()}` });
      continue;
    }
    if (headerIndex < 0) {
      problems.push(problem('noHeader', words.noHeader(sheetHeaders[lang].target)));
      continue;
    }
    const header = sheet.rows[headerIndex]!;
    const columns = columnsOfHeader(header.cells);
    if (!columns.includes('value')) {
      // A renamed value column (1-6月完成值, 完成值(萬元)) is named, with the header to write, as a misspelt date column is.
      const renamed = valueColumnUnread(sheet, headerIndex, columns, targetOf);
      const found = renamed < 0 ? undefined : header.cells[renamed]!.trim();
      const value = sheetHeaders[lang].value;
      const detail = found === undefined ? words.missingColumn(value) : words.valuesUnread(value, found, unitOfHeader(found, readsUnit(plan)));
      problems.push(problem('missingColumn', detail, { row: header.number, ...(found === undefined ? {} : { column: found }) }));
      continue;
    }
    const unreadDates = columns.includes('asOf') ? -1 : dateColumnUnread(sheet, headerIndex, columns);
    if (unreadDates >= 0) {
      // A misspelt date column (截止日期): its dates would be dropped for the import's date, or for none.
      const found = header.cells[unreadDates]!.trim();
      problems.push(problem('missingColumn', words.datesUnread(sheetHeaders[lang].asOf, found), { row: header.number, column: found }));
      continue;
    }
    // Two value columns or two date columns (a pair per quarter): reading the first would drop the other unsaid.
    const duplicates = (['value', 'asOf'] as const).filter((column) => columns.filter((c) => c === column).length > 1);
    for (const column of duplicates) {
      const found = columns.flatMap((c, i) => (c === column ? [i] : []));
      const name = header.cells[found[0]!]!.trim();
      problems.push(problem('duplicateColumn', words.duplicateColumn(name, found.map(columnLetter)), { row: header.number, column: name }));
    }
    if (duplicates.length) continue;
    // The unit the sheet is for, as its template's line above the header names it (r69 H1: never guessed from the rows'
    // 牽頭單位); without the line, the office's own sheet. A row of a unit's sheet for a target the unit does not lead is
    // refused, not filed as the lead unit's figure (r68 M1).
    const line = reportingUnitOf(plan, sheet.rows.slice(0, headerIndex));
    const owner = line?.unit;
    if (line && !owner) {
      // A unit the plan does not have: whose figures they are is not known, and they are no office's either; none imported.
      const given = sheet.rows.slice(headerIndex + 1).filter((row) => (row.cells[columns.indexOf('value')] ?? '').trim() !== '').length;
      problems.push(problem('unknownUnit', words.unknownUnit(line.name, given), { row: line.row, text: line.text }));
      continue;
    }
    // Columns the import does not read, with content: a note column renamed (备注说明) is a problem, as the notes would be
    // dropped; another (a clerk's 聯系人) is a warning naming it and its rows. The rows' values are read all the same.
    // CSV rows split by a thousands comma typed unquoted (1,200): each a problem on its value, its cells not read.
    const width = filledWidth(header.cells);
    const splits = new Map(
      sheet.sheet !== undefined ? [] : sheet.rows.slice(headerIndex + 1).flatMap((row) => {
        const split = thousandsSplit(row.cells, columns, width);
        return split ? [[row.number, split] as const] : [];
      }),
    );
    for (const unread of unreadColumnsOf(sheet, headerIndex, columns, splits)) {
      const rows = describeRows(unread.rows, lang);
      if (!columns.includes('note') && namesANote(unread.header)) {
        // No row: the rows' values are read; the rows whose notes are lost are named in the message.
        problems.push(problem('noteUnread', words.noteUnread(rows, sheetHeaders[lang].note), { column: unread.header }));
      } else {
        unreadColumns.push({ ...placed('unreadColumn' as const, words.unreadColumn(rows), { column: unread.header }), rows: unread.rows });
      }
    }
    const at = (column: SheetColumn) => columns.indexOf(column);
    const headerOf = (column: SheetColumn) => header.cells[at(column)]!.trim();
    const cell = (cells: readonly string[], column: SheetColumn) => (at(column) < 0 ? '' : (cells[at(column)] ?? '').trim());
    const dataRows = sheet.rows.slice(headerIndex + 1);
    // Rows hidden in Excel under the header that hold a value, date or note: skipped, as a hidden sheet is, and named.
    const hidden = (sheet.hiddenRows ?? []).filter((row) => row.number > header.number && filledColumns.some((column) => cell(row.cells, column) !== '')).map((row) => row.number);
    if (hidden.length) {
      const where = describeWhere({ file: sheet.file, sheet: sheet.sheet }, lang);
      warnings.push({ code: 'hiddenRows', file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), rows: hidden, message: `${where}${lang === 'en' ? ': ' : ':'}${words.hiddenRows(describeRows(hidden, lang))}` });
    }
    // An Excel comment on a row under the header that is not read, quoted with why, among the comments of the rows read
    // in row order: on a hidden row, one on a value, date or note cell, as on a row read; on a row with nothing but
    // comments, one on any cell (the row holds nothing of the template's).
    const noteHeader = at('note') < 0 ? sheetHeaders[lang].note : headerOf('note');
    const columnName = (i: number) => (header.cells[i] ?? '').trim() || columnLetter(i);
    const unreadRows = [...(sheet.hiddenRows ?? []).map((row) => ({ row, hidden: true })), ...(sheet.commentOnlyRows ?? []).map((row) => ({ row, hidden: false }))]
      .filter(({ row }) => row.number > header.number && row.comments)
      .sort((a, b) => a.row.number - b.row.number);
    const commentsBefore = (number: number) => {
      for (; unreadRows.length && unreadRows[0]!.row.number < number; unreadRows.shift()) {
        const { row, hidden: isHidden } = unreadRows[0]!;
        const commented = isHidden ? filledColumns.map(at).filter((i) => i >= 0) : Object.keys(row.comments!).map(Number).sort((a, b) => a - b);
        for (const i of commented) {
          const comment = row.comments![i];
          const detail = comment && (isHidden ? words.hiddenRowComment(comment, noteHeader) : words.emptyRowComment(comment, noteHeader));
          if (detail) warnings.push(placed('cellComment' as const, detail, { row: row.number, column: columnName(i), text: comment }));
        }
      }
    };

    // A value cell merged over several rows: ExcelJS gives each row the master cell's value. It is the one row's of the
    // area with a target id (else the master's), and the other rows, the continued lines of that one, are skipped;
    // over several rows with an id (two targets, or two dates of one) it is a problem of each: whose value is it?
    const valueMerges = new Map<number, { readonly range: string; readonly rowsWithId: number; readonly owner: number }>();
    for (const area of sheet.merges ?? []) {
      if (at('value') < area.columns[0] || at('value') > area.columns[1]) continue;
      const covered = dataRows.filter((row) => row.number >= area.rows[0] && row.number <= area.rows[1]);
      const withId = covered.filter((row) => cell(row.cells, 'target') !== '');
      const owner = withId.length === 1 ? withId[0]!.number : area.rows[0];
      for (const row of covered) valueMerges.set(row.number, { range: area.range, rowsWithId: withId.length, owner });
    }

    for (const row of dataRows) {
      commentsBefore(row.number);
      // An Excel comment on a cell the import reads is not read: said, quoted, with where to write it instead.
      for (const column of filledColumns) {
        const comment = at(column) < 0 ? undefined : row.comments?.[at(column)];
        if (comment) warnings.push(placed('cellComment' as const, words.cellComment(comment, noteHeader), { row: row.number, column: headerOf(column), text: comment }));
      }
      const merged = valueMerges.get(row.number);
      // A line continued under the row that owns the merged value: its merged date or note copies are that row's.
      if (merged && merged.rowsWithId < 2 && merged.owner !== row.number) continue;
      const [id, valueText, dateText, note] = [cell(row.cells, 'target'), cell(row.cells, 'value'), cell(row.cells, 'asOf'), cell(row.cells, 'note')];
      const reject = (code: SheetProblemCode, detail: string, column: SheetColumn, text: string) => {
        problems.push(problem(code, detail, { row: row.number, column: headerOf(column), text }));
        rejected++;
      };
      const split = splits.get(row.number);
      if (split) {
        reject('thousandsSplit', words.thousandsSplit(split.value, split.cells), 'value', valueText);
        continue;
      }
      const formulaIn = (column: SheetColumn) => (at(column) < 0 ? undefined : row.uncomputed?.[at(column)]);
      const valueFormula = formulaIn('value');
      if (valueFormula !== undefined) {
        reject('formulaNoResult', words.formulaNoResult(valueFormula), 'value', valueFormula);
        continue;
      }
      if (merged && merged.rowsWithId > 1) {
        // Each row with an id is rejected; a line with none under them is the merge's too, not a reading of its own.
        if (id) reject('mergedValue', words.mergedValue(merged.range, merged.rowsWithId), 'value', valueText);
        continue;
      }
      const dateFormula = formulaIn('asOf');
      if (valueText && dateFormula !== undefined) {
        reject('formulaNoResult', words.formulaNoResult(dateFormula), 'asOf', dateFormula);
        continue;
      }
      if (!valueText) {
        // A remark under the data (no id, value or date) is the sheet's, not a reading: skipped, and quoted.
        if (note && !id && !dateText) {
          warnings.push(placed('noteOnly' as const, words.noteOnly(note), { row: row.number, column: headerOf('note'), text: note }));
        } else if (dateText || note) reject('missingValue', words.missingValue(), 'value', valueText);
        continue;
      }
      if (!id) {
        reject('missingTarget', words.missingTarget(valueText), 'target', id);
        continue;
      }
      const target = targetOf(id);
      if (!target) {
        reject('unknownTarget', isTotal(id) ? words.totalAsTarget(id) : words.unknownTarget(id), 'target', id);
        continue;
      }
      // A bare 9.1 where task 9 has a tenth target: Excel turns a typed 9.10 into the number 9.1, so it names either.
      const tenth = /^\d+\.\d$/.test(referenceText(id)) ? targetOf(`${referenceText(id)}0`) : undefined;
      if (tenth) {
        reject('ambiguousTarget', words.ambiguousTarget(referenceText(id), target.id, tenth.id), 'target', id);
        continue;
      }
      // The row's 指標 (計量單位, 牽頭單位) not its id's target's: a slip in the id, which would file the value elsewhere (r68 H1).
      const mismatch = targetMismatch(plan, target, { metric: cell(row.cells, 'metric'), unit: cell(row.cells, 'unit'), lead: cell(row.cells, 'lead') }, lang);
      if (mismatch) {
        const metricOf = (t: Target) => t.metric[lang] || t.metric['zh-Hant'];
        const shown = cell(row.cells, mismatch.column);
        const detail =
          mismatch.column === 'metric'
            ? words.metricMismatch(target.id, mismatch.expected, shown, mismatch.described.map((other) => [other.id, metricOf(other)] as const))
            : words.columnMismatch(target.id, metricOf(target), mismatch.column, headerOf(mismatch.column), mismatch.expected, shown);
        reject('targetMismatch', detail, 'target', id);
        continue;
      }
      const notLed = owner && notLedBy(plan, owner, target);
      if (notLed) {
        const detail = words.notLeadUnit(target.id, notLed.leads.map(nameOf), nameOf(owner), notLed.participating, { value: valueText, date: dateText, note });
        reject('notLeadUnit', detail, 'value', valueText);
        continue;
      }
      const readingProblem = (p: ReadingProblem) => {
        const onDate = p.code === 'invalidDate' || p.code === 'beforePeriod' || p.code === 'afterToday';
        const inDateColumn = onDate && at('asOf') >= 0;
        // A date that is a month without its day, or an Excel serial, is said with the whole date it seems to stand for.
        // A quarter or a half without its year takes the year the sheet's other rows agree on (r58 M2).
        const years = new Set(dataRows.filter((other) => other !== row).map((other) => yearOfDate(cell(other.cells, 'asOf'))).filter((y) => y !== undefined));
        const hinted = p.code === 'invalidDate' && inDateColumn ? { ...p, looksLike: looksLike(dateText, years.size === 1 ? [...years][0] : undefined, today) } : p;
        reject(p.code, describeReadingProblem(hinted, target, lang), inDateColumn ? 'asOf' : 'value', inDateColumn ? dateText : valueText);
      };
      const unit = lang === 'en' ? target.unitEn || target.unit : target.unit;
      if (isDateText(valueText)) {
        // A date where the value belongs (a date cell, or the date typed in the wrong column): said as such, not as a unit.
        reject('dateAsValue', words.dateAsValue(valueText, unit), 'value', valueText);
        continue;
      }
      // The row's own date as Excel stores it (45107, its date pasted as values into the value cell): no count or amount
      // is its report's date by chance, where any number in the serial range may be a real figure.
      const rowDate = dateText ? sheetDate(dateText) : options.asOf;
      if (rowDate !== undefined && serialDate(valueText) === rowDate) {
        reject('dateAsValue', words.serialAsValue(valueText, rowDate, unit), 'value', valueText);
        continue;
      }
      // Points for a share that is a level (+1.4个百分点 for 占比≥62%): a change, or maybe one, not the share (r68 H2).
      const points = pointsForLevel(valueText, target);
      if (points) {
        reject('pointsForLevel', words.pointsForLevel(valueText.trim(), points === 'signed', target.metric[lang] || target.metric['zh-Hant']), 'value', valueText);
        continue;
      }
      // A value scaled by 萬 or 億 (0.17萬 for a target in 人, 21000人 for one in 萬人) rounded off its binary noise
      // (1700.0000000000002), as the report stores it; a share of a set (4/11) keeps its digits. (The gauge's own value
      // is not rounded so: its words round it, and the page's bytes are at their budget.)
      const given = parseReadingValue(valueText, target);
      const scaled = 'value' in given && (/[萬万億亿]/.test(valueText) || unitScale(target.unit) > 1);
      const parsed = scaled ? { value: Number(given.value.toPrecision(12)) } : given;
      if ('problem' in parsed) {
        // Points for a change in per cent (下降7个百分点 for 下降12%): said as written, not as 下降 7% (r58 Low 6). Points
        // for a level (a share: 3.2个百分点 or 提高3.2个百分点 for ≥3%) are refused above (pointsForLevel), asking for the
        // share itself, never told to write a change (r60 M1, r68 M4).
        if (target.unit === '%' && readsAsChange(target) && /百分[點点]/.test(valueText)) {
          reject('pointsForPercent', words.pointsForPercent(valueText.trim()), 'value', valueText);
          continue;
        }
        // A mark for no figure yet (—, /, 暫無, 年底統計): said with what to do for a target not reported.
        if (parsed.problem.code === 'notANumber' && isPlaceholder(valueText)) reject('placeholderValue', words.placeholderValue(valueText), 'value', valueText);
        else readingProblem(parsed.problem);
        continue;
      }
      const asOf = dateText ? sheetDate(dateText) : options.asOf;
      if (asOf === undefined) {
        reject('noDate', words.noDate(), at('asOf') < 0 ? 'value' : 'asOf', dateText);
        continue;
      }
      const problemOfReading = judge(plan, target, parsed.value, asOf, today);
      // The scale checks of a reading (a thousand times the target) take the number as written; a figure written with a
      // magnitude word or in another unit (2.35亿立方米) is said with what it converts to, as the import reads it (r60 Low 3).
      const scaleOfReading = problemOfReading?.code === 'wrongScale' || problemOfReading?.code === 'tooSmall';
      if (problemOfReading && !(scaleOfReading && converted(valueText, parsed.value))) {
        // A figure written in the target's own unit (23500萬立方米) is not read in its base unit: no conversion offered.
        const ownUnit = problemOfReading.code === 'wrongScale' && !/^[+-]?[\d,]+(?:\.\d+)?$/.test(valueText.normalize('NFKC').trim());
        readingProblem(ownUnit ? { code: 'wrongScale', value: problemOfReading.value } : problemOfReading);
        continue;
      }
      if (problemOfReading || implausiblyScaled(valueText, parsed.value, target)) {
        const number = String(Number(parsed.value.toPrecision(6)));
        const inUnit = lang === 'en' ? formatAmount(target, parsed.value, lang) : formatAmount(target, number, lang);
        const unit = formatAmount(target, '', lang === 'en' ? 'zh-Hant' : lang);
        const detail = cleanlyScaled(number, parsed.value, target)
          ? words.scaleToWrite(valueText.trim(), inUnit, number, unit)
          : words.implausibleScale(valueText.trim(), inUnit, formatAmount(target, target.value, lang), unit, number);
        reject('implausibleScale', detail, 'value', valueText);
        continue;
      }
      if (bareCountOrShare(valueText, parsed.value, target)) {
        const noun = lang === 'en' ? target.unitEn || target.unit : formatAmount(target, '', lang);
        reject('bareShare', words.bareShare(valueText.trim(), noun, String(parsed.value)), 'value', valueText);
        continue;
      }
      // A bare number as the sheet shows it: an .xlsx number in a General cell, a CSV number typed without a % sign.
      // Its decimals are those typed in a CSV (0.0860), those Excel shows in an .xlsx (its binary noise rounded off).
      const shown = String(Number(parsed.value.toPrecision(12)));
      const csvNumber = sheet.sheet === undefined && /^[+-]?\d*\.\d+$/.test(valueText.normalize('NFKC'));
      const bare = csvNumber || (sheet.sheet !== undefined && !!row.generalNumbers?.includes(at('value')));
      if (bare && inPercent(target) && looksLikeFraction(parsed.value, csvNumber ? valueText.normalize('NFKC') : shown, target.value)) {
        reject('fractionForPercent', words.fractionForPercent(shown, String(Number((parsed.value * 100).toPrecision(12)))), 'value', valueText);
        continue;
      }
      if (contradictedChange(target, parsed.value, note)) {
        // -7.5 beside 較2020年下降7.5%: the value says it rose, the note that it fell; neither is guessed (r68 H3).
        const fall = changeDirection(target) === 'decreaseBy';
        const change = formatAmount(target, -parsed.value, lang);
        reject('contradictedChange', words.contradictedChange(target.id, formatNumber(parsed.value, lang), fall, headerOf('note'), note, change, formatNumber(-parsed.value, lang)), 'value', valueText);
        continue;
      }
      if (options.asOf !== undefined && asOf > options.asOf) {
        reject('afterAsOf', words.afterAsOf(asOf, options.asOf), 'asOf', dateText);
        continue;
      }
      const key = readingKey(target.id, asOf);
      // A row after the deadline: a problem, added once every sheet is read, if nothing by the deadline stands beside it.
      const lateRow = { row: row.number, column: headerOf(at('asOf') < 0 ? 'value' : 'asOf'), text: dateText };
      const reading: SheetReading = {
        value: parsed.value,
        where: describeWhere({ file: sheet.file, sheet: sheet.sheet, row: row.number }, lang),
        sheet,
        row: row.number,
        ...(owner ? { unit: owner.id } : {}),
        at: problems.length,
        order: read++,
        conflict: (other, many, report, rows, sameUnit) => {
          const [value, otherValue] = [formatNumber(parsed.value, lang), formatNumber(other.value, lang)];
          const held = report === undefined ? undefined : formatNumber(report, lang);
          const detail = rows
            ? words.typedTwice(target.id, describeRows(rows, lang), rows.length, value, other.row, otherValue, sheet.sheet !== undefined, held)
            : sameUnit && owner
              ? words.sameUnitTwice(nameOf(owner), target.id, value, other.where, otherValue, many, held)
              : words.conflict(target.id, value, other.where, otherValue, many, held);
          return problem('conflict', detail, { row: row.number, column: headerOf('value'), text: valueText });
        },
        ...(asOf > target.deadline
          ? { afterDeadline: problem('afterDeadline', words.afterDeadline(asOf, target.deadline), lateRow), afterConflict: problem('afterDeadline', words.afterDeadlineConflict(asOf, target.deadline), lateRow) }
          : {}),
      };
      const earlier = seen.get(key);
      if (earlier) {
        // Whether the rows agree is known once every sheet is read.
        earlier.rows.push(reading);
        if (onLine(parsed.value, earlier.rows[0]!.value) && note && !earlier.notes.includes(note)) {
          // The same reading from a second department with its own note: both notes kept, in the order of the files.
          earlier.notes.push(note);
          entries[earlier.entry] = { ...entries[earlier.entry]!, note: earlier.notes.join(';') };
        }
        continue;
      }
      if (risesInsteadOfFalling(target, parsed.value)) {
        // Read as written, a rise; said, in case the fall was written with a minus sign (-3.1%; beside a note that says it
        // fell, 較2020年下降3.1%, it is the problem contradictedChange above).
        const fall = formatNumber(-parsed.value, lang);
        const detail = words.negativeChange(target.id, formatNumber(parsed.value, lang), formatAmount(target, -parsed.value, lang), fall);
        warnings.push(placed('negativeChange' as const, detail, { row: row.number, column: headerOf('value'), text: valueText }));
      }
      entries.push({ target: target.id, value: parsed.value, asOf, ...(note ? { note } : {}) });
      let last = perSheet.at(-1);
      if (last && last.file === sheet.file && last.sheet === sheet.sheet) last.accepted++;
      else perSheet.push((last = { file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), accepted: 1 }));
      const ifKept = reading.afterDeadline && { warning: placed('pastDeadline' as const, words.pastDeadline(asOf, target.deadline), lateRow), at: warnings.length, sheet: sheets.indexOf(sheet), asOf, deadline: target.deadline };
      seen.set(key, { target: target.id, entry: entries.length - 1, rows: [reading], notes: note ? [note] : [], sheet: last, ...(ifKept ? { kept: ifKept } : {}) });
    }
    commentsBefore(Infinity);
    if (owner) {
      // A unit's sheet: its rows counted with the unit's other sheets for the targets it leads without a value (r57 L8).
      const of = unitSheets.get(owner.id) ?? { unit: owner, rows: [], places: [], at: 0, sheet: 0 };
      of.rows.push(...dataRows.map((row) => ({ target: targetOf(cell(row.cells, 'target')), value: cell(row.cells, 'value') })));
      of.places.push({ file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }) });
      [of.at, of.sheet] = [warnings.length, sheets.indexOf(sheet)];
      unitSheets.set(owner.id, of);
    }
  }
  // Each unit's targets without a value, over all its sheets (r69 M5: rows split over two files were each said short).
  const unreported = [...unitSheets.values()].flatMap(({ unit, rows, places, at, sheet }) => {
    const found = unreportedTargets(plan, unit, rows);
    if (!found) return [];
    const ids = found.missing.map((target) => target.id);
    const [first] = places as [(typeof places)[number]];
    const where = places.map((place) => describeWhere(place, lang)).join(lang === 'en' ? ', ' : '、');
    const warning: SheetWarning = {
      code: 'unreported',
      file: first.file,
      ...(places.length === 1 && first.sheet !== undefined ? { sheet: first.sheet } : {}),
      message: `${where}${lang === 'en' ? ': ' : ':'}${words.unreported(nameOf(unit), found.led.length, ids)}`,
      targets: ids,
    };
    return [{ warning, at, sheet, last: 1 }];
  });
  // Rows of one target and date giving different values: none is kept, as neither unit's figure is known to be right
  // (review r57 M1; the first row kept made the order of the files choose the figure published). Each is a conflict.
  // Values equal but for a float's rounding (`onLine`: 1700 and 0.17萬) agree (r58 M1).
  const groups = [...seen.values()];
  const differs = (group: (typeof groups)[number]) => group.rows.some((r) => !onLine(r.value, group.rows[0]!.value));
  // A row dated after its target's deadline is kept for the history only beside a reading the target is judged by (on
  // or before the deadline, in the sheets, not held back as a conflict, or in the report appended to): alone, the page
  // would show no progress at all. Refused so, it takes no part in a conflict.
  const base = options.appendTo;
  // The report's reading at a target and date whose rows conflict is held back with them (F83): it judges nothing.
  const dateOf = (group: (typeof groups)[number]) => entries[group.entry]!.asOf!;
  const inBase = new Map(base?.entries.map((e) => [readingKey(e.target, e.asOf ?? base.asOf), { target: e.target, value: e.value, asOf: e.asOf ?? base.asOf }]));
  const conflicting = new Set(groups.filter(differs).map((group) => readingKey(group.target, dateOf(group))));
  const judged = new Set([
    ...groups.filter((group) => !group.rows[0]!.afterDeadline && !differs(group)).map((group) => group.target),
    ...[...inBase.entries()].filter(([key, r]) => !conflicting.has(key) && r.asOf <= (targetOf(r.target)?.deadline ?? '')).map(([, r]) => r.target),
  ]);
  // Targets whose reading by the deadline is held back as a conflict: a late row refused says so (r58 L1).
  const heldBack = new Set(groups.filter((group) => !group.rows[0]!.afterDeadline && differs(group)).map((group) => group.target));
  const said: { readonly at: number; readonly order: number; readonly problem: SheetProblem }[] = [];
  const keptLate: { readonly warning: SheetWarning; readonly at: number; readonly sheet: number; readonly asOf: string; readonly deadline: string }[] = [];
  const dropped = new Set<number>();
  const heldBackInBase: DatedReading[] = [];
  for (const group of groups) {
    const refused = !!group.rows[0]!.afterDeadline && !judged.has(group.target);
    if (!refused && !differs(group)) {
      // A late row kept is said all the same (`pastDeadline`): it judges nothing, and the page shows the target by its
      // earlier reading.
      if (group.kept) keptLate.push(group.kept);
      continue;
    }
    // Each row named with the first other row that gives another value; more than two values said without a count.
    const values = group.rows.reduce<number[]>((found, r) => (found.some((v) => onLine(r.value, v)) ? found : [...found, r.value]), []);
    const late = (r: SheetReading) => (heldBack.has(group.target) ? r.afterConflict! : r.afterDeadline!);
    const inReport = refused ? undefined : inBase.get(readingKey(group.target, dateOf(group)));
    if (inReport) heldBackInBase.push(inReport);
    // Rows of one sheet alone: an id typed twice (t09.4 for t09.2), not two units' figures to agree on (r68 M4).
    const oneSheet = group.rows.every((r) => r.sheet === group.rows[0]!.sheet) ? group.rows.map((r) => r.row) : undefined;
    // Rows of one unit's sheets alone (a sheet sent again, corrected): the unit's two figures, not units' to agree (r69 M4).
    const oneUnit = group.rows.every((r) => r.unit !== undefined && r.unit === group.rows[0]!.unit);
    for (const r of group.rows) {
      const problem = refused ? late(r) : r.conflict(group.rows.find((o) => !onLine(o.value, r.value))!, values.length > 2, inReport?.value, oneSheet, oneUnit);
      said.push({ at: r.at, order: r.order, problem });
    }
    rejected += group.rows.length;
    group.sheet.accepted--;
    dropped.add(group.entry);
  }
  // Put in file and row order, from the last: each goes where its row's problem would have been.
  for (const s of said.sort((a, b) => b.at - a.at || b.order - a.order)) problems.splice(s.at, 0, s.problem);
  // The late rows kept and each unit's unreported targets, from the last: each where it was said, a unit's after its last
  // sheet's other warnings.
  const inserted = [...sheetsOfLateRows(keptLate, lang).map((k) => ({ ...k, last: 0 })), ...unreported].sort((a, b) => a.at - b.at || a.sheet - b.sheet || a.last - b.last);
  for (const k of inserted.reverse()) warnings.splice(k.at, 0, k.warning);
  // Each entry kept is one group's (groups are made as entries are), with the rows that gave it and their units.
  const keptGroups = groups.filter((group) => !dropped.has(group.entry));
  const sources: ReadingSource[] = keptGroups.map((group) => ({
    target: group.target,
    asOf: dateOf(group),
    rows: group.rows.map((r) => ({ file: r.sheet.file, ...(r.sheet.sheet === undefined ? {} : { sheet: r.sheet.sheet }), row: r.row, ...(r.unit === undefined ? {} : { unit: r.unit }) })),
  }));
  const kept = keptGroups.map((group, i) => {
    const units = reportingUnits(sources[i]!.rows);
    return units.length ? { ...entries[group.entry]!, reportedBy: units } : entries[group.entry]!;
  });
  const asOf = options.asOf ?? kept.reduce<string | undefined>((latest, e) => (latest === undefined || e.asOf! > latest ? e.asOf : latest), undefined);
  // No reading left (every row refused), --as-of given or not: no report, not one without entries.
  const report =
    asOf === undefined || !kept.length ? undefined : { plan: plan.id, asOf, entries: kept.map(({ asOf: date, ...rest }) => (date === asOf ? rest : { ...rest, asOf: date! })) };
  return { report, problems, warnings, accepted: kept.length, rejected, hiddenSheets, perSheet: perSheet.filter((s) => s.accepted > 0), unreadColumns, skippedSheets, heldBack: heldBackInBase, sources };
}

/**
 * The late rows kept (`pastDeadline`) as said: the rows of one sheet sharing a date and a deadline (a year-end sheet
 * dated in January, 158 rows) as one warning of the sheet naming them (`rows`, as `hiddenRows`), at the first one's
 * place; a row alone with its own.
 */
function sheetsOfLateRows<K extends { readonly warning: SheetWarning; readonly at: number; readonly asOf: string; readonly deadline: string }>(kept: readonly K[], lang: Language): K[] {
  const groups = new Map<string, K[]>();
  for (const k of kept) {
    const key = [k.warning.file, k.warning.sheet ?? '', k.asOf, k.deadline].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  }
  const words = sheetProblemWords[lang];
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const [first] = group as [K, ...K[]];
    const rows = group.map((k) => k.warning.row!);
    const where = describeWhere({ file: first.warning.file, sheet: first.warning.sheet }, lang);
    const { row: _row, text: _text, ...sheet } = first.warning;
    const detail = `${describeRows(rows, lang)}${lang === 'en' ? ': ' : ':'}${words.pastDeadlineRows(first.asOf, first.deadline)}`;
    return { ...first, warning: { ...sheet, rows, message: `${where}${lang === 'en' ? ': ' : ':'}${detail}` } };
  });
}

/**
 * The index of the header row among the sheet's first rows: the first that names both the target id and the value
 * (a two-level header, 完成情況 above 完成值 and 截至日期, names them in its second row, the target id merged down into
 * it), else the first that names the target id (its missing value column is then the problem), else -1.
 */
function headerRowOf(sheet: Sheet): number {
  const columns = sheet.rows.slice(0, HEADER_SEARCH_ROWS).map((row) => columnsOfHeader(row.cells));
  const complete = columns.findIndex((names) => names.includes('target') && names.includes('value'));
  return complete >= 0 ? complete : columns.findIndex((names) => names.includes('target'));
}

/**
 * What keeps the plan's `evaluateTarget` from judging the reading, or `undefined`: the import accepts what the elements
 * can show, over the plan's period (a fiscal year from 1 July accepts a reading of September). A reading dated after
 * the target's deadline is kept for the history and the trend (`judgedReading` never judges by it), its value checked
 * as of the deadline, when a reading on or before the deadline is there to judge (else it is refused in
 * {@link importProgressSheets}).
 */
function judge(plan: Plan, target: Target, value: number, asOf: string, today: string): ReadingProblem | undefined {
  try {
    evaluatePlanTarget(plan, target, { value, asOf }, { today });
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidReadingError)) throw error;
    return error.problem.code === 'afterDeadline' ? judge(plan, target, value, target.deadline, today) : error.problem;
  }
}
