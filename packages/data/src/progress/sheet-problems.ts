/** What can be wrong in a filled progress sheet, and where, in words in each language. */
import type { ReadingProblem } from '../reading-problems.js';
import type { Language } from '../schema.js';

/** Why a row (or a whole sheet) is rejected, beyond a value or date that cannot be judged ({@link ReadingProblem}). */
export type SheetProblemCode =
  | ReadingProblem['code']
  /** The file cannot be read at all (a legacy .xls, a broken workbook). */
  | 'unreadable'
  /** No row names the columns (指標編號, 完成值…) in any language. */
  | 'noHeader'
  /** The file holds nothing (0 bytes, blank lines, a workbook of blank sheets): no `sheet`, no `row`. */
  | 'emptyFile'
  /**
   * The line above the header that names the sheet's unit (`填報單位:…`, as a unit's template writes it) names no unit of
   * the plan: the sheet is not imported, whose figures they are not known (r69 H1). `row` and `text`: the line.
   */
  | 'unknownUnit'
  /**
   * The header lacks a column the import needs (the target id or the value), or the date column while another column
   * holds the dates (a misspelt header: 截止日期 for 截至日期), which would be dropped.
   */
  | 'missingColumn'
  /**
   * A column the import does not read whose header looks like a note (备注说明, 說明) holds text in data rows: the notes
   * would be dropped (the template's column is 備註).
   */
  | 'noteUnread'
  /** A row gives a value (a 合計 row) but no target id. */
  | 'missingTarget'
  /** The target id is not one of the plan's. */
  | 'unknownTarget'
  /** The value cell holds a date (a date cell, or typed `2023-04-11`): the date where the value belongs. */
  | 'dateAsValue'
  /** A bare id such as 9.1 where the task has a tenth target: Excel keeps a typed 9.10 as the number 9.1. */
  | 'ambiguousTarget'
  /** A date or note without a value. */
  | 'missingValue'
  /** A mark for no figure (—, /, 暫無, 未統計, 年底統計) in the value cell: a target not reported is left empty. */
  | 'placeholderValue'
  /** No date in the row, and none given for the whole import. */
  | 'noDate'
  /** The row's date is after the date given for the whole import (the report's date, `--as-of`). */
  | 'afterAsOf'
  /**
   * Another row gives a different value for the same target and date: neither is kept, each row is this problem. Rows
   * of one sheet alone are said as an id typed twice, one maybe another target's (review r68 M4), not as two units';
   * rows of one unit's sheets alone (a sheet sent again, corrected) as that unit's two figures (r69 M4).
   */
  | 'conflict'
  /** A value cell merged over the rows of several targets: the value is one cell's, not each target's. */
  | 'mergedValue'
  /** A value or date cell holding a formula saved without its result (another program's file, manual recalculation). */
  | 'formulaNoResult'
  /** The header names the value column, or the date column, twice (a pair per quarter): which one to read is not told. */
  | 'duplicateColumn'
  /**
   * A CSV row split by a thousands comma typed unquoted (`t09.2,1,200,2023-06-30`): its cells line up with the header
   * only once the value cell is joined with the next cells as thousands groups (`1,200`). The value is not guessed.
   */
  | 'thousandsSplit'
  /**
   * A value written with a magnitude word or in another unit (`1.2万` for 800億元) that converts to a figure below a
   * thousandth of the target's value or above a hundred times it: not kept, the figure as written, as converted and
   * the target said (r57 L3).
   */
  | 'implausibleScale'
  /**
   * A bare whole number (`4`) for a share of a set (至少1/3的縣(市、區)): a count of the set or the share in percent, and
   * the plan gives no count of the set to tell (r57 L4). The share is written with its % sign, or as a count over the whole.
   */
  | 'bareShare'
  /** A change written in percentage points (`下降7个百分点`) for a target whose change is in per cent (r58 Low 6). */
  | 'pointsForPercent'
  /**
   * A figure in percentage points (`+1.4个百分点`, `1.4個百分點`) or with a sign (`+1.4%`, F140) for a share or rate that
   * is a level (占比≥62%): a change of the share, or a gap, not the share itself (r68 H2). A target in points reads points.
   */
  | 'pointsForLevel'
  /**
   * The row's 指標 (or 計量單位, or in a sheet without metrics 牽頭單位) is not its id's target's, as the template writes
   * it: a slip in the id (t01.2 typed for t10.2) that would file the value under another target (r68 H1).
   */
  | 'targetMismatch'
  /**
   * A row of a unit's sheet (its line above the header names the unit, as its template writes it) for a target whose
   * task the unit does not lead, a participating unit's (參與單位) too: its figure would count as the lead unit's (review
   * r68 M1). The office's own sheet (no such line: the whole plan's template, a section's) is not so judged (r69 H1).
   */
  | 'notLeadUnit'
  /**
   * A change target's value below zero, the wrong way (a rise for 下降12%), beside a note that says it went the
   * target's way (較2020年下降7.5%): the value and the note contradict each other (r68 H3). Without such words, a
   * warning (`negativeChange`).
   */
  | 'contradictedChange';

/** A problem found in a sheet, with where it is and the text found there. */
export interface SheetProblem {
  /** Which problem. */
  readonly code: SheetProblemCode;
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name (an .xlsx), absent for a CSV. */
  readonly sheet?: string;
  /** The row number as the spreadsheet shows it, absent for a problem of the whole sheet. */
  readonly row?: number;
  /** The column's header as the sheet writes it. */
  readonly column?: string;
  /** The text found in the cell. */
  readonly text?: string;
  /** The whole problem in words, starting with where it is: `發改委.xlsx, sheet 進度, row 14, 完成值: "二千" is not a number…`. */
  readonly message: string;
}

/**
 * What the import says without blocking it, named so that nothing given is lost or misread:
 *
 * - `noteOnly`: a row whose only filled cell is the note (a remark under the data, 「注:以上數據未經審核」), skipped;
 *   the note in `text`.
 * - `negativeChange`: a target to reduce (較2020年下降5%) read below zero, a rise: imported as written, said in case
 *   the fall was written with a minus sign (`-3.1%` for 下降3.1%); the value cell's text in `text`. Beside a note that
 *   says it fell (較2020年下降3.1%) the row is the problem `contradictedChange` instead.
 * - `cellComment`: an Excel comment on a value, date or note cell, not read; on a row not read (hidden in Excel, or
 *   with nothing but comments: on any of its cells), saying why; the comment in `text`.
 * - `hiddenRows`: rows hidden in Excel that hold a value, date or note, skipped as a hidden sheet is; no `row`, the
 *   rows in `rows`.
 * - `pastDeadline`: a row dated after its target's deadline, kept for the history beside a reading on or before the
 *   deadline (alone it is the problem `afterDeadline`): it judges nothing, so the page shows the target by its earlier
 *   reading (本期未報); said with the date to give a figure as of the deadline. The date cell's text in `text` (the
 *   value's column and text when the sheet has no date column). The rows of one sheet sharing a date and a deadline (a
 *   year-end sheet dated in January) are one warning of the sheet: no `row`, the rows in `rows`.
 * - `unreported`: a unit's sheets (their line above the header names the unit, as its template writes it), read
 *   together, give no value for some targets the unit leads (a row deleted, a value left blank): no `row`, the
 *   targets' ids in `targets`, with how many it leads in the message; `file` (and `sheet`, of one sheet) is its
 *   first sheet's, and the message names each. Nothing to do for a target not reported this period.
 */
export interface SheetWarning {
  /** Which warning. */
  readonly code: 'noteOnly' | 'negativeChange' | 'cellComment' | 'hiddenRows' | 'pastDeadline' | 'unreported';
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name (an .xlsx), absent for a CSV. */
  readonly sheet?: string;
  /** The row number as the spreadsheet shows it; absent for `hiddenRows`, `unreported` and `pastDeadline` of rows sharing a date, warnings of the sheet. */
  readonly row?: number;
  /** `hiddenRows`: the rows skipped; `pastDeadline` of rows sharing a date and a deadline: those rows; as the spreadsheet numbers them. */
  readonly rows?: readonly number[];
  /** `unreported`: the ids of the targets without a value, in plan order. */
  readonly targets?: readonly string[];
  /** The column's header as the sheet writes it (the note's, the value's, the commented cell's); absent for `hiddenRows`. */
  readonly column?: string;
  /** The text the warning is about: the note, the value, the comment. */
  readonly text?: string;
  /** The whole warning in words, starting with where it is, quoting what it is about. */
  readonly message: string;
}

/**
 * A column the import does not read (a clerk's own 聯系人, a column without a header) whose cells hold content in data
 * rows: not imported, and said, naming the column and the rows. The template's own columns are read or known.
 */
export interface UnreadColumn {
  /** Which warning: `'unreadColumn'`. */
  readonly code: 'unreadColumn';
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name (an .xlsx), absent for a CSV. */
  readonly sheet?: string;
  /** The column's header as the sheet writes it, or its letter (`I`) when its header is empty. */
  readonly column: string;
  /** The rows holding content in it, as the spreadsheet numbers them. */
  readonly rows: readonly number[];
  /** The whole warning in words, starting with where it is. */
  readonly message: string;
}

/** Rows as people read them: `第 2、3 行` / `rows 2 and 3`, the first ten and a count of the rest. */
export function describeRows(rows: readonly number[], lang: Language): string {
  const shown = rows.slice(0, 10).map(String);
  const more = rows.length - shown.length;
  if (lang === 'en') {
    const list = more ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
    return `${rows.length === 1 ? 'row' : 'rows'} ${list}`;
  }
  const extra = more ? `等 ${rows.length} 行` : '行';
  return `第 ${shown.join('、')} ${extra}`;
}

interface Where {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
}

/** Where a problem is, in the language: `a.csv, row 14, 完成值` / `a.csv 第 14 行「完成值」欄`. */
export function describeWhere(where: Where, lang: Language): string {
  const { file, sheet, row, column } = where;
  if (lang === 'en') return [file, sheet === undefined ? '' : `sheet ${sheet}`, row === undefined ? '' : `row ${row}`, column ?? ''].filter(Boolean).join(', ');
  const [open, close, col] = lang === 'zh-Hant' ? ['「', '」', '欄'] : ['“', '”', '列'];
  const place = [sheet === undefined ? '' : `工作表${open}${sheet}${close}`, row === undefined ? '' : `第 ${row} 行`, column === undefined ? '' : `${open}${column}${close}${col}`].join('');
  return place ? `${file} ${place}` : file;
}

/** The colon after a label or a place, in the language: `: ` in English, `:` in Chinese (`a.csv 第 14 行:…`). */
export const colonIn = (lang: Language): string => (lang === 'en' ? ': ' : ':');

/** What a row gives, as typed: its value, date and note (`''` where it gives none). */
export interface RowGiven {
  readonly value: string;
  readonly date: string;
  readonly note: string;
}

/** Whether a figure refused as `pointsForLevel` is in points (`+1.4个百分点`), not a signed figure (`+1.4%`). */
const inPoints = (text: string): boolean => /百分[點点]/.test(text);

/**
 * A row's value, then its date and note in brackets where it gives them: `1(2023-06-28,備註「…」)`, `1 (2023-06-28,
 * note "…")`. In Chinese a bare value ends with a space (`所填 1 未匯入`), as a bracket closes it otherwise.
 */
function givenText(row: RowGiven, note: (text: string) => string, en = false): string {
  const more = [row.date, row.note && note(row.note)].filter(Boolean).join(en ? ', ' : ',');
  if (en) return more ? `${row.value} (${more})` : row.value;
  return more ? `${row.value}(${more})` : `${row.value} `;
}

/** The words of the problems that are not a {@link ReadingProblem}, and of the warnings, per language. */
export const sheetProblemWords: Readonly<Record<Language, {
  readonly unreadable: (reason: string) => string;
  readonly noHeader: (example: string) => string;
  readonly missingColumn: (header: string) => string;
  readonly datesUnread: (header: string, found: string) => string;
  /** The value column renamed (1-6月完成值), its values not read; `unit`: the unit its header names (完成值(萬元)). */
  readonly valuesUnread: (header: string, found: string, unit: string | undefined) => string;
  readonly unknownTarget: (id: string) => string;
  /** A total (合计, 總計, 小计) typed in the id column: a total row, which is not imported. */
  readonly totalAsTarget: (id: string) => string;
  readonly missingTarget: (value: string) => string;
  /** A date in the value column, and the unit the value is in (`''` for a target of no unit: a number alone). */
  readonly dateAsValue: (date: string, unit: string) => string;
  /** The value an Excel date serial (45107, pasted as values) of the row's own date. */
  readonly serialAsValue: (serial: string, date: string, unit: string) => string;
  readonly noteUnread: (rows: string, header: string) => string;
  readonly unreadColumn: (rows: string) => string;
  readonly noTable: () => string;
  readonly ambiguousTarget: (id: string, first: string, tenth: string) => string;
  readonly missingValue: () => string;
  /** A mark for no figure in the value cell (`—`, `暫無`), quoted. */
  readonly placeholderValue: (text: string) => string;
  readonly noDate: () => string;
  readonly afterAsOf: (date: string, asOf: string) => string;
  /** A value in % that reads as a fraction (`0.086`): the percent it is (`8.6`), both as the sheet shows numbers. */
  readonly fractionForPercent: (value: string, percent: string) => string;
  /** A row dated after its target's deadline, the report holding no reading of the target on or before it. */
  readonly afterDeadline: (date: string, deadline: string) => string;
  /**
   * Another row's value for the same target and date: the target, this row's value, the other row and its value, and
   * whether the rows give more than two values (no count then: r58 L3), and the value the report appended to holds at
   * that date, held back too (F83).
   */
  readonly conflict: (id: string, value: string, other: string, otherValue: string, many?: boolean, report?: string) => string;
  /**
   * A `conflict` of rows of one sheet alone: the target, the rows (in words: `第 2、4 行`) and how many, this row's
   * value, the first other row giving another value and its value, whether the sheet is a worksheet (else a CSV file),
   * and the value the report appended to holds at that date.
   */
  readonly typedTwice: (id: string, rows: string, count: number, value: string, other: number, otherValue: string, worksheet: boolean, report?: string) => string;
  /** A `conflict` of rows of one unit's sheets alone: the unit's name, then as {@link conflict}. */
  readonly sameUnitTwice: (unit: string, id: string, value: string, other: string, otherValue: string, many?: boolean, report?: string) => string;
  /** {@link SheetProblemCode} `emptyFile`. */
  readonly emptyFile: () => string;
  /** {@link SheetProblemCode} `unknownUnit`: the name the line gives, and how many rows of the sheet give a value. */
  readonly unknownUnit: (name: string, given: number) => string;
  /** A row dated after its target's deadline whose reading as of the deadline is held back as a conflict (r58 L1). */
  readonly afterDeadlineConflict: (date: string, deadline: string) => string;
  /** A row dated after its target's deadline, kept for the history only beside a reading on or before the deadline. */
  readonly pastDeadline: (date: string, deadline: string) => string;
  /** Rows of one sheet dated after their targets' deadline, all one date and one deadline, kept as {@link pastDeadline}: after the rows in words. */
  readonly pastDeadlineRows: (date: string, deadline: string) => string;
  /**
   * {@link SheetProblemCode} `implausibleScale` of a figure too far from the target: the text written, the figure it
   * converts to and the target, each with its unit; the target's unit (in Chinese, as the sheet takes it), and the
   * figure's number in it.
   */
  readonly implausibleScale: (written: string, converted: string, goal: string, unit: string, number: string) => string;
  /**
   * {@link SheetProblemCode} `implausibleScale` of a figure that converts cleanly (`8000万` for 億元): the text written,
   * the figure it converts to with its unit, the number to write, and the target's unit (in Chinese, as the sheet takes it).
   */
  readonly scaleToWrite: (written: string, converted: string, number: string, unit: string) => string;
  /** {@link SheetProblemCode} `bareShare`: the text written (as typed: `４`, `4.0`), the set's noun (`縣(市、區)`) and the number it reads as (`4`). */
  readonly bareShare: (text: string, noun: string, number: string) => string;
  /** {@link SheetProblemCode} `pointsForPercent`: the text written. */
  readonly pointsForPercent: (text: string) => string;
  /**
   * {@link SheetProblemCode} `pointsForLevel`: the text written (in points, `+1.4个百分点`, or a signed figure, `+1.4%`),
   * whether it is signed (a change), the target's metric, and a share to write as an example (`shareExample`: `62%`).
   */
  readonly pointsForLevel: (text: string, signed: boolean, metric: string, example?: string) => string;
  /**
   * {@link SheetProblemCode} `targetMismatch` of the metric: the id, its target's metric, the metric the row shows, and
   * the targets of the plan with that metric (`[id, metric]`; none when no target has it).
   */
  readonly metricMismatch: (id: string, metric: string, shown: string, described: readonly (readonly [string, string])[]) => string;
  /**
   * {@link SheetProblemCode} `targetMismatch` of the unit or the lead units: the id, its metric, which column (`unit` or
   * `lead`) and its header as the sheet writes it, the template's cell for the id's target, and the row's.
   */
  readonly columnMismatch: (id: string, metric: string, column: 'unit' | 'lead', header: string, expected: string, shown: string) => string;
  /**
   * {@link SheetProblemCode} `notLeadUnit`: the id, its lead units' names, the name of the unit whose sheet it is,
   * whether that unit takes part in the task, and what the row gives (its value, date and note as typed; `''` if none).
   */
  readonly notLeadUnit: (id: string, leads: readonly string[], unit: string, participating: boolean, given: RowGiven) => string;
  /**
   * {@link SheetProblemCode} `contradictedChange`: the id, the value, whether the target is to fall (else to grow), the
   * note column's header and the note, the change it would be with its unit (`7.5%`), and as a number.
   */
  readonly contradictedChange: (id: string, value: string, fall: boolean, header: string, note: string, change: string, number: string) => string;
  readonly noteOnly: (note: string) => string;
  /** An Excel comment on a value, date or note cell, not read: the comment, and the note column's header. */
  readonly cellComment: (comment: string, noteHeader: string) => string;
  /** An Excel comment on a value, date or note cell of a row hidden in Excel, skipped: as {@link cellComment}. */
  readonly hiddenRowComment: (comment: string, noteHeader: string) => string;
  /** An Excel comment on a row with nothing else, skipped: as {@link cellComment}. */
  readonly emptyRowComment: (comment: string, noteHeader: string) => string;
  /** Rows hidden in Excel, skipped: the rows in words (`describeRows`). */
  readonly hiddenRows: (rows: string) => string;
  /** A unit's sheet without a value for some targets it leads: the unit's name, how many it leads, the ids without one. */
  readonly unreported: (unit: string, led: number, ids: readonly string[]) => string;
  /** A target to reduce read below zero: its id, the value, the fall it would be with its unit (`3.1%`), and as a number. */
  readonly negativeChange: (id: string, value: string, fall: string, number: string) => string;
  readonly mergedValue: (range: string, rows: number) => string;
  readonly formulaNoResult: (formula: string) => string;
  readonly duplicateColumn: (header: string, columns: readonly string[]) => string;
  /** A CSV value split by its thousands commas: the value with them (`1,200`), and how many cells it was split into. */
  readonly thousandsSplit: (value: string, cells: number) => string;
  readonly hiddenSheet: (veryHidden: boolean) => string;
}>> = {
  'zh-Hant': {
    unreadable: (reason) => `無法讀取:${reason}`,
    noHeader: (example) => `找不到表頭行(應有「${example}」等欄)`,
    missingColumn: (header) => `表頭缺少「${header}」欄`,
    datesUnread: (header, found) => `表頭缺少「${header}」欄,而「${found}」欄填的是日期,沒有讀取:請把表頭改為「${header}」`,
    valuesUnread: (header, found, unit) =>
      `表頭缺少「${header}」欄,而「${found}」欄填的是數值,沒有讀取:請把表頭改為「${header}」${unit === undefined ? '' : `;單位「${unit}」請寫在各格的數值後面(如 2.1${unit}),或按各指標的計量單位只填數字`}`,
    unknownTarget: (id) => `「${id}」不是本規劃的指標編號`,
    totalAsTarget: (id) => `「${id}」不是指標編號:如是合計行,請刪去(合計不匯入)`,
    missingTarget: (value) => `填了完成值(${value}),但沒有指標編號:請填寫指標編號;如是合計行,請刪去(合計不匯入)`,
    dateAsValue: (date, unit) => `「${date}」是日期,但這一欄應填完成值,${unit ? `即以「${unit}」計的數字` : '只填數字'}:日期請填在「截至日期」欄`,
    serialAsValue: (serial, date, unit) => `「${serial}」是 Excel 儲存的日期 ${date}(本行的截至日期),但這一欄應填完成值,${unit ? `即以「${unit}」計的數字` : '只填數字'}`,
    noteUnread: (rows, header) => `此欄不是匯入讀取的欄,${rows}填的內容沒有讀取:如是備註,請把表頭改為「${header}」`,
    unreadColumn: (rows) => `此欄不是匯入讀取的欄,${rows}填的內容未匯入`,
    noTable: () => '沒有表格(沒有表頭行,也沒有指標編號),略過',
    ambiguousTarget: (id, first, tenth) => `「${id}」可能是 ${first},也可能是 ${tenth}(Excel 會把輸入的 ${id}0 存成數字 ${id}):請寫完整編號 ${first} 或 ${tenth},或把該欄設為文字`,
    missingValue: () => '填了日期或備註,但沒有完成值:請填寫完成值;本期不報的指標,請把完成值、截至日期和備註都留空',
    placeholderValue: (text) => `「${text}」不是數字:本期不報的指標,請把完成值、截至日期和備註都留空`,
    noDate: () => '沒有截至日期:請填寫本欄,或在匯入時指定日期',
    afterAsOf: (date, asOf) => `日期 ${date} 晚於匯入指定的報告日期(${asOf}):請改正日期,或以較晚的日期匯入`,
    fractionForPercent: (value, percent) => `${value} 像是小數比例:即 ${percent}%,請填 ${percent};如確是 ${value}%,請連 % 號填寫`,
    afterDeadline: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline},且沒有截至完成時限的數值:截至完成時限的數值請填日期 ${deadline}`,
    conflict: (id, value, other, otherValue, many, report) =>
      `${id} 同一日期有${many || report !== undefined ? '不同的' : '兩個'}數值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:請${many || report !== undefined ? '各' : '兩'}單位核定一個數`,
    typedTwice: (id, rows, count, value, other, otherValue, _worksheet, report) =>
      `${id} 在本表出現了${count === 2 ? '兩' : ` ${count} `}次(${rows}),數值不同:本行 ${value},第 ${other} 行 ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:其中一行可能是另一個指標,填錯了編號:請核對指標編號`,
    sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
      `${unit}對 ${id} 同一日期報了${many || report !== undefined ? '不同的' : '兩個'}數值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:請向${unit}確認以哪個為準`,
    emptyFile: () => '檔案是空的,沒有可匯入的內容',
    unknownUnit: (name, given) =>
      `填報單位「${name}」不是本規劃的單位,${given ? `本表填了數值的 ${given} 行未匯入` : '本表未匯入'}:請改為規劃中的單位名稱,或刪去此行,作為督查辦自己的表匯入`,
    afterDeadlineConflict: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline},而截至完成時限的數值各單位不一致,未採用:請先核定該數值`,
    pastDeadline: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline}:此數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 ${deadline}`,
    pastDeadlineRows: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline}:這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 ${deadline}`,
    implausibleScale: (written, converted, goal, unit) => `「${written}」即 ${converted},與目標 ${goal} 相差過大:請以${unit}填寫`,
    scaleToWrite: (written, converted, number) => `「${written}」即 ${converted}:如是,請填 ${number}`,
    bareShare: (text, noun, number) =>
      `「${text}」沒有 % 號,不知是占比還是${noun}的個數:占比請連 % 號填寫,如 ${number}%;個數請寫成「個數/總數」,如 ${number}/總數(規劃沒有列出${noun}的總數,無法把個數換算成占比)`,
    pointsForPercent: (text) => `「${text}」以百分點計,但目標的變化以百分比(%)計,兩者不同:請填以百分比計的變化幅度(不帶 % 號)`,
    pointsForLevel: (text, signed, metric, example) =>
      `「${text}」${!inPoints(text) ? '帶正負號,是增減的幅度' : signed ? '是增減的百分點' : '以百分點計,可能是增減的百分點'},而此欄填${metric}本身:請填當前的數,以 % 計,不帶正負號${example ? `,如 ${example}` : ''}`,
    metricMismatch: (id, metric, shown, described) =>
      described.length
        ? `${id} 是「${metric}」;此行的指標是 ${described.map(([other, name]) => `${other}「${name}」`).join('或')}?請核對指標編號`
        : `${id} 是「${metric}」;此行的指標是「${shown}」,規劃中沒有這個指標:請核對指標編號`,
    columnMismatch: (id, metric, _column, header, expected, shown) => `${id}(${metric})的${header}是「${expected}」;此行是「${shown}」:請核對指標編號`,
    notLeadUnit: (id, leads, unit, participating, row) =>
      `${id} 由${leads.join('、')}牽頭,${unit}${participating ? '只是參與單位' : '不牽頭也不參與'};${unit}的表所填 ${givenText(row, (note) => `備註「${note}」`)}未匯入,以免記作${leads.join('、')}的數值:請${leads.join('、')}填報或確認`,
    contradictedChange: (id, value, fall, header, note, change, number) =>
      `${id} 填了 ${value}:負數表示${fall ? '不降反升' : '不增反降'},但「${header}」欄說是${fall ? '下降' : '增長'}(「${note}」):如是${fall ? '下降' : '增長'} ${change},請填 ${number}`,
    noteOnly: (note) => `只有備註,沒有指標編號、完成值和日期,此行略過:「${note}」`,
    cellComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;如需匯入,請寫在「${header}」欄`,
    hiddenRowComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;此行是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏,並把批註寫在「${header}」欄`,
    emptyRowComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;此行沒有內容,略過:如需匯入,請寫在所屬指標那一行的「${header}」欄`,
    hiddenRows: (rows) => `${rows}是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏`,
    unreported: (unit, led, ids) => `${unit}牽頭的 ${led} 個指標中,${ids.length} 個沒有數值:${ids.join('、')}(本期不報的可不理會)`,
    negativeChange: (id, value, fall, number) => `${id} 填了 ${value}:負數表示不降反升;如是下降 ${fall},請填 ${number}`,
    mergedValue: (range, n) => `${range} 合併儲存格的完成值跨越 ${n} 行填了指標編號的行,不知是哪一行的:請取消合併,每行分別填寫完成值`,
    formulaNoResult: (formula) => `「${formula}」是公式,但檔案中沒有計算結果(由其他程式產生,或 Excel 設為手動計算):請在 Excel 中開啟,按 F9 重新計算後儲存,再匯入`,
    duplicateColumn: (header, cols) => `表頭有${cols.length === 2 ? '兩' : ` ${cols.length} `}個「${header}」欄(${cols.map((c) => `${c} 欄`).join('、')}),不知該讀哪一個:請只保留一個(每期一張表,或刪去較舊的一欄)`,
    thousandsSplit: (value, n) => `逗號把數值「${value}」分成了${n === 2 ? '兩' : ` ${n} `}格,其後各欄因此錯位:請寫 ${value.replaceAll(',', '')},或加引號寫 "${value}"`,
    hiddenSheet: (very) => `隱藏的工作表,未匯入:如需匯入,${very ? '它是「非常隱藏」的,Excel 的選單無法取消隱藏,請向提供者要一份顯示該工作表的檔案' : '請在 Excel 中取消隱藏'}`,
  },
  'zh-Hans': {
    unreadable: (reason) => `无法读取:${reason}`,
    noHeader: (example) => `找不到表头行(应有“${example}”等列)`,
    missingColumn: (header) => `表头缺少“${header}”列`,
    datesUnread: (header, found) => `表头缺少“${header}”列,而“${found}”列填的是日期,没有读取:请把表头改为“${header}”`,
    valuesUnread: (header, found, unit) =>
      `表头缺少“${header}”列,而“${found}”列填的是数值,没有读取:请把表头改为“${header}”${unit === undefined ? '' : `;单位“${unit}”请写在各格的数值后面(如 2.1${unit}),或按各指标的计量单位只填数字`}`,
    unknownTarget: (id) => `“${id}”不是本规划的指标编号`,
    totalAsTarget: (id) => `“${id}”不是指标编号:如是合计行,请删去(合计不导入)`,
    missingTarget: (value) => `填了完成值(${value}),但没有指标编号:请填写指标编号;如是合计行,请删去(合计不导入)`,
    dateAsValue: (date, unit) => `“${date}”是日期,但这一列应填完成值,${unit ? `即以“${unit}”计的数字` : '只填数字'}:日期请填在“截至日期”列`,
    serialAsValue: (serial, date, unit) => `“${serial}”是 Excel 存储的日期 ${date}(本行的截至日期),但这一列应填完成值,${unit ? `即以“${unit}”计的数字` : '只填数字'}`,
    noteUnread: (rows, header) => `此列不是导入读取的列,${rows}填的内容没有读取:如是备注,请把表头改为“${header}”`,
    unreadColumn: (rows) => `此列不是导入读取的列,${rows}填的内容未导入`,
    noTable: () => '没有表格(没有表头行,也没有指标编号),略过',
    ambiguousTarget: (id, first, tenth) => `“${id}”可能是 ${first},也可能是 ${tenth}(Excel 会把输入的 ${id}0 存成数字 ${id}):请写完整编号 ${first} 或 ${tenth},或把该列设为文本`,
    missingValue: () => '填了日期或备注,但没有完成值:请填写完成值;本期不报的指标,请把完成值、截至日期和备注都留空',
    placeholderValue: (text) => `“${text}”不是数字:本期不报的指标,请把完成值、截至日期和备注都留空`,
    noDate: () => '没有截至日期:请填写本列,或在导入时指定日期',
    afterAsOf: (date, asOf) => `日期 ${date} 晚于导入指定的报告日期(${asOf}):请改正日期,或以较晚的日期导入`,
    fractionForPercent: (value, percent) => `${value} 像是小数比例:即 ${percent}%,请填 ${percent};如确是 ${value}%,请连 % 号填写`,
    afterDeadline: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline},且没有截至完成时限的数值:截至完成时限的数值请填日期 ${deadline}`,
    conflict: (id, value, other, otherValue, many, report) =>
      `${id} 同一日期有${many || report !== undefined ? '不同的' : '两个'}数值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:请${many || report !== undefined ? '各' : '两'}单位核定一个数`,
    typedTwice: (id, rows, count, value, other, otherValue, _worksheet, report) =>
      `${id} 在本表出现了${count === 2 ? '两' : ` ${count} `}次(${rows}),数值不同:本行 ${value},第 ${other} 行 ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:其中一行可能是另一个指标,填错了编号:请核对指标编号`,
    sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
      `${unit}对 ${id} 同一日期报了${many || report !== undefined ? '不同的' : '两个'}数值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:请向${unit}确认以哪个为准`,
    emptyFile: () => '文件是空的,没有可导入的内容',
    unknownUnit: (name, given) =>
      `填报单位“${name}”不是本规划的单位,${given ? `本表填了数值的 ${given} 行未导入` : '本表未导入'}:请改为规划中的单位名称,或删去此行,作为督查办自己的表导入`,
    afterDeadlineConflict: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline},而截至完成时限的数值各单位不一致,未采用:请先核定该数值`,
    pastDeadline: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline}:此数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 ${deadline}`,
    pastDeadlineRows: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline}:这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 ${deadline}`,
    implausibleScale: (written, converted, goal, unit) => `“${written}”即 ${converted},与目标 ${goal} 相差过大:请以${unit}填写`,
    scaleToWrite: (written, converted, number) => `“${written}”即 ${converted}:如是,请填 ${number}`,
    bareShare: (text, noun, number) =>
      `“${text}”没有 % 号,不知是占比还是${noun}的个数:占比请连 % 号填写,如 ${number}%;个数请写成“个数/总数”,如 ${number}/总数(规划没有列出${noun}的总数,无法把个数换算成占比)`,
    pointsForPercent: (text) => `“${text}”以百分点计,但目标的变化以百分比(%)计,两者不同:请填以百分比计的变化幅度(不带 % 号)`,
    pointsForLevel: (text, signed, metric, example) =>
      `“${text}”${!inPoints(text) ? '带正负号,是增减的幅度' : signed ? '是增减的百分点' : '以百分点计,可能是增减的百分点'},而此列填${metric}本身:请填当前的数,以 % 计,不带正负号${example ? `,如 ${example}` : ''}`,
    metricMismatch: (id, metric, shown, described) =>
      described.length
        ? `${id} 是“${metric}”;此行的指标是 ${described.map(([other, name]) => `${other}“${name}”`).join('或')}?请核对指标编号`
        : `${id} 是“${metric}”;此行的指标是“${shown}”,规划中没有这个指标:请核对指标编号`,
    columnMismatch: (id, metric, _column, header, expected, shown) => `${id}(${metric})的${header}是“${expected}”;此行是“${shown}”:请核对指标编号`,
    notLeadUnit: (id, leads, unit, participating, row) =>
      `${id} 由${leads.join('、')}牵头,${unit}${participating ? '只是参与单位' : '不牵头也不参与'};${unit}的表所填 ${givenText(row, (note) => `备注“${note}”`)}未导入,以免记作${leads.join('、')}的数值:请${leads.join('、')}填报或确认`,
    contradictedChange: (id, value, fall, header, note, change, number) =>
      `${id} 填了 ${value}:负数表示${fall ? '不降反升' : '不增反降'},但“${header}”列说是${fall ? '下降' : '增长'}(“${note}”):如是${fall ? '下降' : '增长'} ${change},请填 ${number}`,
    noteOnly: (note) => `只有备注,没有指标编号、完成值和日期,此行略过:“${note}”`,
    cellComment: (comment, header) => `单元格的批注没有读取:“${comment}”;如需导入,请写在“${header}”列`,
    hiddenRowComment: (comment, header) => `单元格的批注没有读取:“${comment}”;此行是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏,并把批注写在“${header}”列`,
    emptyRowComment: (comment, header) => `单元格的批注没有读取:“${comment}”;此行没有内容,略过:如需导入,请写在所属指标那一行的“${header}”列`,
    hiddenRows: (rows) => `${rows}是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏`,
    unreported: (unit, led, ids) => `${unit}牵头的 ${led} 个指标中,${ids.length} 个没有数值:${ids.join('、')}(本期不报的可不理会)`,
    negativeChange: (id, value, fall, number) => `${id} 填了 ${value}:负数表示不降反升;如是下降 ${fall},请填 ${number}`,
    mergedValue: (range, n) => `${range} 合并单元格的完成值跨越 ${n} 行填了指标编号的行,不知是哪一行的:请取消合并,每行分别填写完成值`,
    formulaNoResult: (formula) => `“${formula}”是公式,但文件中没有计算结果(由其他程序生成,或 Excel 设为手动计算):请在 Excel 中打开,按 F9 重新计算后保存,再导入`,
    duplicateColumn: (header, cols) => `表头有${cols.length === 2 ? '两' : ` ${cols.length} `}个“${header}”列(${cols.map((c) => `${c} 列`).join('、')}),不知该读哪一个:请只保留一个(每期一张表,或删去较旧的一列)`,
    thousandsSplit: (value, n) => `逗号把数值“${value}”分成了${n === 2 ? '两' : ` ${n} `}格,其后各列因此错位:请写 ${value.replaceAll(',', '')},或加引号写 "${value}"`,
    hiddenSheet: (very) => `隐藏的工作表,未导入:如需导入,${very ? '它是“非常隐藏”的,Excel 的菜单无法取消隐藏,请向提供者要一份显示该工作表的文件' : '请在 Excel 中取消隐藏'}`,
  },
  en: {
    unreadable: (reason) => `cannot be read: ${reason}`,
    noHeader: (example) => `no header row (with columns such as "${example}")`,
    missingColumn: (header) => `the header has no "${header}" column`,
    datesUnread: (header, found) => `the header has no "${header}" column, and the dates in the "${found}" column are not read: rename it "${header}"`,
    valuesUnread: (header, found, unit) =>
      `the header has no "${header}" column, and the values in the "${found}" column are not read: rename it "${header}"${unit === undefined ? '' : `; write the unit ${unit} after each value (2.1${unit}), or only the number in each target's unit`}`,
    unknownTarget: (id) => `"${id}" is not a target id of this plan`,
    totalAsTarget: (id) => `"${id}" is not a target id: if it is a total row (合計), delete it (totals are not imported)`,
    missingTarget: (value) => `a value (${value}) but no target id: fill in the target id; if it is a total row (合計), delete it (totals are not imported)`,
    dateAsValue: (date, unit) => `"${date}" is a date, but this column takes the value reached, a number${unit ? ` of ${unit}` : ''}: the date goes in the date column`,
    serialAsValue: (serial, date, unit) => `"${serial}" is the date ${date} as Excel stores it (the row's own date), but this column takes the value reached, a number${unit ? ` of ${unit}` : ''}`,
    noteUnread: (rows, header) => `this column is not read, and ${rows} ${rows.startsWith('rows') ? 'hold' : 'holds'} text in it: if it holds notes, rename it "${header}"`,
    unreadColumn: (rows) => `${rows} ${rows.startsWith('rows') ? 'hold' : 'holds'} content in a column the import does not read: not imported`,
    noTable: () => 'no table (no header row and no target id): skipped',
    ambiguousTarget: (id, first, tenth) => `"${id}" may be ${first} or ${tenth} (Excel keeps a typed ${id}0 as the number ${id}): write the full id, ${first} or ${tenth}, or format the column as text`,
    missingValue: () => 'a date or note but no value: fill in the value; for a target not reported this period, leave its value, date and note all empty',
    placeholderValue: (text) => `"${text}" is not a number: for a target not reported this period, leave its value, date and note all empty`,
    noDate: () => 'no date: fill in this column, or give a date for the whole import',
    afterAsOf: (date, asOf) => `${date} is after the date given for the whole import (${asOf}), which the report stands at: correct the date, or import at a later date`,
    fractionForPercent: (value, percent) => `${value} looks like a fraction: that is ${percent}%, write ${percent}; if it is ${value}%, write it with its % sign`,
    afterDeadline: (date, deadline) =>
      `${date} is after the target's deadline, ${deadline}, and the report holds no reading as of the deadline: date the figure as of the deadline ${deadline}`,
    afterDeadlineConflict: (date, deadline) =>
      `${date} is after the target's deadline, ${deadline}, and the reading as of the deadline is held back as a conflict: it is kept once the units agree on that figure`,
    conflict: (id, value, other, otherValue, _many, report) =>
      `a different value than ${other} (${otherValue}) for the same target and date${report === undefined ? '' : `, where the report holds ${report}`}: ${id} is ${value} here; the units are to agree on one figure`,
    typedTwice: (id, rows, count, value, other, otherValue, worksheet, report) =>
      `${id} appears ${count === 2 ? 'twice' : `${count} times`} in this ${worksheet ? 'sheet' : 'file'} (${rows}), with different values: ${value} here, ${otherValue} in row ${other}${report === undefined ? '' : `, where the report holds ${report}`}; one of the rows may be another target's, its id mistyped: check the target ids`,
    sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
      `${unit} sent ${many || report !== undefined ? 'different' : 'two'} figures for ${id} at the same date: ${value} here, ${otherValue} in ${other}${report === undefined ? '' : `, where the report holds ${report}`}; ask ${unit} which one is current`,
    emptyFile: () => 'the file is empty: nothing to import',
    unknownUnit: (name, given) =>
      `the reporting unit, "${name}", is no unit of this plan: ${given ? `the sheet's ${given} ${given === 1 ? 'row' : 'rows'} with a value ${given === 1 ? 'is' : 'are'} not imported` : 'the sheet is not imported'}; write the unit's name as the plan has it, or delete the line to import the sheet as the office's own`,
    pastDeadline: (date, deadline) =>
      `${date} is after the target's deadline, ${deadline}: the figure is kept in the history only and judges nothing; if it is the figure as of the deadline, date it ${deadline}`,
    pastDeadlineRows: (date, deadline) =>
      `${date} is after their targets' deadline, ${deadline}: the figures are kept in the history only and judge nothing; if they are figures as of the deadline, date them ${deadline}`,
    implausibleScale: (written, converted, goal, unit, number) =>
      `"${written}" is ${number} ${unit} (${converted}), too far from the target, ${goal}: write the figure in the target's unit, ${unit}`,
    scaleToWrite: (written, converted, number, unit) => `"${written}" is ${number} ${unit} (${converted}): if so, write ${number}, the figure in the target's unit, ${unit}`,
    bareShare: (text, noun, number) =>
      `"${text}" has no % sign: it may be the share or a count of ${noun}. Write the share with its % sign, such as ${number}%, or the count over the whole, such as ${number}/total (the plan does not give the number of ${noun}, so a count alone cannot be turned into a share)`,
    pointsForPercent: (text) => `"${text}" is in percentage points, but the target's change is in per cent (%), which differs: write the change in per cent, without the % sign`,
    pointsForLevel: (text, signed, metric, example) =>
      `"${text}" is ${!inPoints(text) ? 'signed, a change' : signed ? 'a change in percentage points' : 'in percentage points, which may be a change'}, and this column takes the ${metric.charAt(0).toLowerCase()}${metric.slice(1)} itself: write its current value in per cent, without a sign${example ? `, such as ${example}` : ''}`,
    metricMismatch: (id, metric, shown, described) =>
      described.length
        ? `${id} is "${metric}"; this row's metric is ${described.map(([other, name]) => `${other}'s, "${name}"`).join(' or ')}? Check the target id`
        : `${id} is "${metric}"; this row's metric is "${shown}", which is no target's of the plan: check the target id`,
    columnMismatch: (id, metric, column, header, expected, shown) =>
      `${id} (${metric}) ${column === 'unit' ? `is counted in ${expected}` : `is led by ${expected}`}; this row says "${shown}" (${header}): check the target id`,
    notLeadUnit: (id, leads, unit, participating, row) => {
      const lead = leads.length > 1 ? `${leads.slice(0, -1).join(', ')} and ${leads.at(-1)}` : leads[0]!;
      return `${id} is led by ${lead}; ${unit}, whose sheet this is, ${participating ? 'only takes part in its task' : 'neither leads nor takes part in its task'}: its figure, ${givenText(row, (note) => `note "${note}"`, true)}, is not imported, lest it count as ${lead}'s; ask the lead unit${leads.length > 1 ? 's' : ''} to report or confirm it`;
    },
    contradictedChange: (id, value, fall, header, note, change, number) =>
      `${id} reads ${value}, a ${fall ? 'rise' : 'fall'}, but the note (${header}) says it ${fall ? 'fell' : 'rose'} ("${note}"): if it ${fall ? 'fell' : 'rose'} by ${change}, write ${number}`,
    noteOnly: (note) => `a note alone, with no target id, value or date: the row is skipped ("${note}")`,
    cellComment: (comment, header) => `the cell's comment is not read ("${comment}"): to import it, write it in the note column (${header})`,
    hiddenRowComment: (comment, header) =>
      `the cell's comment is not read ("${comment}"), and the row is hidden in Excel, skipped: to import it, unhide the row and write the comment in the note column (${header})`,
    emptyRowComment: (comment, header) => `the cell's comment is not read ("${comment}"), and the row is empty, skipped: to import it, write it in the note column (${header}) of its target's row`,
    hiddenRows: (rows) => {
      const one = !rows.startsWith('rows');
      return `${rows} ${one ? 'is' : 'are'} hidden in Excel, skipped: unhide ${one ? 'it' : 'them'} if ${one ? 'it is' : 'they are'} to be imported`;
    },
    unreported: (unit, led, ids) =>
      `of the ${led} targets ${unit} leads, ${ids.length} ${ids.length === 1 ? 'has' : 'have'} no value: ${ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids[0]} (fine for those not reported this period)`,
    negativeChange: (id, value, fall, number) => `${id} reads ${value}: a negative value is a rise, not a fall; if it fell by ${fall}, write ${number}`,
    mergedValue: (range, n) => `${range} is one merged value over ${n} rows with a target id, so the import cannot tell which row it belongs to: unmerge it and fill in each row's value`,
    formulaNoResult: (formula) =>
      `"${formula}" is a formula with no computed result in the file (written by another program, or saved with manual calculation): open it in Excel, recalculate (F9), save it and import it again`,
    duplicateColumn: (header, cols) =>
      `the header has ${cols.length === 2 ? 'two' : cols.length} "${header}" columns (${cols.slice(0, -1).join(', ')} and ${cols.at(-1)}), so the import cannot tell which to read: keep only one (one sheet per period, or delete the older column)`,
    thousandsSplit: (value, n) =>
      `the comma in "${value}" split the value over ${n === 2 ? 'two' : n === 3 ? 'three' : n} cells, so the cells after it do not line up with the header: write ${value.replaceAll(',', '')}, or quote it "${value}"`,
    hiddenSheet: (very) => `a hidden sheet, skipped: ${very ? "it is very hidden, which Excel's menus cannot unhide: ask the sender for a copy with the sheet shown" : 'unhide it in Excel'} if its rows are to be imported`,
  },
};
