/** What can be wrong in a filled progress sheet, and where, in words in each language (each in its own file). */
import type { ReadingProblem } from '../reading-problems.js';
import type { Language } from '../schema.js';
import type { SheetProblemWords } from './sheet-problem-words.js';
import { words as en } from './sheet-problem-words-en.js';
import { words as zhHans } from './sheet-problem-words-zh-hans.js';
import { words as zhHant } from './sheet-problem-words-zh-hant.js';

/** Why a row (or a whole sheet) is rejected, beyond a value or date that cannot be judged ({@link ReadingProblem}). */
export type SheetProblemCode =
  | ReadingProblem['code']
  /** The file cannot be read at all (a legacy .xls, a broken workbook). */
  | 'unreadable'
  /**
   * No row names the columns (指標編號, 完成值…) in any language. A sheet with target ids beside the workbook's table (a
   * 說明 sheet: t16.1 含續建項目5項) says where its notes go, or to delete it (r87 L10).
   */
  | 'noHeader'
  /** The file holds nothing (0 bytes, blank lines, a workbook of blank sheets): no `sheet`, no `row`. */
  | 'emptyFile'
  /**
   * The line above the header that names the sheet's unit (`填報單位:…`, as a unit's template writes it) names no unit of
   * the plan: the sheet is not imported, whose figures they are not known (r69 H1). `row` and `text`: the line.
   */
  | 'unknownUnit'
  /**
   * The line above the header that names the sheet's unit has its name erased (`填報單位:`, `填报单位（盖章）：` and an
   * empty cell): the sheet says it is a unit's, not whose; not imported, as `unknownUnit` (r70 L7). `row` and `text`: the line.
   */
  | 'unnamedUnit'
  /**
   * The row above the header is blank and nothing is above it: where a unit's template names its unit (`填報單位:…`),
   * the cell cleared whole; the office's own template starts with its header. Not imported, as `unnamedUnit` (r72 M2).
   * `row`: the blank row.
   */
  | 'blankUnitLine'
  /**
   * A sheet with no line naming its unit in a workbook whose other sheets' lines name two units or more (or one the plan
   * does not have, or none, erased): whose sheet it is is not known, and it is no office's own; not imported (r127 F1).
   * A workbook whose other sheets name one unit makes the sheet that unit's (the warning `workbookUnit`). No `row`.
   */
  | 'workbookUnits'
  /**
   * The header lacks a column the import needs (the target id or the value), or the date column while another column
   * holds the dates (a misspelt header: 截止日期 for 截至日期), which would be dropped. A row naming the value and another
   * of the template's columns but no target id (目標編號 for 指標編號, column A deleted) is the header missing its id
   * column, the column holding the ids named when one does (r127 F3).
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
  /**
   * Few or none of the rows' metrics (at most a quarter, of three rows or more) are targets of the plan (their ids' or,
   * as the template writes them, others': r81 H2): a sheet of another plan (its ids are this plan's too), read against
   * this one. Not imported; said once, not as a slip in each row's id (review r80 M3). `row`: the header.
   */
  | 'otherPlan'
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
  /** A value cell showing a formula's error value (`#REF!`, `#DIV/0!`): the formula is to correct, the figure is no number (r87 L7). */
  | 'formulaError'
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
  /**
   * A running total (a flow, a ceiling's use, designations) written with a plus sign (`+30`), or with words of an increase
   * (`增加12`, `新增5`; on a target whose value is not a change): as likely "this much more" as the total, which is asked
   * for, without a sign (r87 M3, r89 M2). A minus sign is `negative`.
   */
  | 'signedTotal'
  /**
   * A running total (a flow, a ceiling's use, designations) whose note says the figure is one month's (9月份用水量,
   * 當月新增, 本月成交額; `month-figure.ts`): no status as of the date can be made of it, so it is not kept; the total is
   * asked for, with the month's figure in the note (r114 F2). The note in `text`.
   */
  | 'monthForTotal'
  /** A period written before the value in its cell (`1-6月2000`, `上半年2000`): the value and a note, not a range (r87 M4). */
  | 'periodBeforeValue'
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
  | 'contradictedChange'
  /**
   * The note holds a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which would show it in another
   * order than it is stored: a report with it is refused by `parseProgressReport` (r77 M1). The note in `text`.
   */
  | 'bidiControl';

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
 * - `levelForChange`: a change or growth read more than twice its target's size its way (31.2 for 較2020年下降5%):
 *   imported as written, said in case it is the metric's level, not the change (`level-for-change.ts`, r92 M3); the
 *   value cell's text in `text`.
 * - `fractionalCount`: a fraction (`0.5`, `2.5`) for a target counting whole things (個, 家, 處…: `countsWholeThings`,
 *   not 萬家), whose own figures are whole: imported as written, said as a slip to correct (r93 L7); the value cell's
 *   text in `text`.
 * - `totalForEach`: a row of a threshold each member of a set must reach (各縣(市、區)至少1家, `Target.each`), whose value
 *   is the lowest member's, with a note that names the whole (全市, 全縣, 合計, 總計, 共計, 累計 and their Simplified
 *   forms: 全市已建成11家): imported as written, said in case the figure is the whole set's total (r111: the city's 11
 *   markets read as each county's, met); the note in `text`.
 * - `cellComment`: an Excel comment on a value, date or note cell, not read; on a row not read (hidden in Excel, or
 *   with nothing but comments: on any of its cells), saying why; the comment in `text`.
 * - `hiddenRows`: rows hidden in Excel that hold a value, date or note, skipped as a hidden sheet is; no `row`, the
 *   rows in `rows`.
 * - `filteredRows`: rows hidden in Excel under an autofilter's header, within its range, that hold a value, date or
 *   note: hidden by the filter or by hand, which the file does not tell, so read, and said, to delete those not to be
 *   imported (r127 F2); no `row`, the rows in `rows`.
 * - `workbookUnit`: a sheet with no line naming its unit in a workbook whose other sheets name one unit: read as that
 *   unit's (checked as its own sheet is: `notLeadUnit`, two figures of one unit), not as the office's (r127 F1); no `row`.
 * - `hiddenUnitLine`: the line above the header naming the sheet's unit (`填報單位:…`) hidden in Excel: read all the
 *   same, as it is the template's, not a figure (hiding it does not make a unit's sheet the office's own); the sheet is
 *   imported as the unit's. The line in `text`.
 * - `pastDeadline`: a row dated after its target's deadline, kept for the history beside a reading on or before the
 *   deadline (alone it is the problem `afterDeadline`): it judges nothing, so the page shows the target by its earlier
 *   reading (本期未報); said with the date to give a figure as of the deadline. The date cell's text in `text` (the
 *   value's column and text when the sheet has no date column). The rows of one sheet sharing a date and a deadline (a
 *   year-end sheet dated in January) are one warning of the sheet: no `row`, the rows in `rows`.
 * - `lateOnly`: a row dated after its target's deadline within the plan's period (12-31 for a target due 06-30) with no
 *   reading as of the deadline (r100 M1): kept as a figure reported late, not refused, and not to be re-dated unless it
 *   is the figure as of the deadline. The target is judged at its deadline, where nothing was reported (未報送), and the
 *   late figure is said beside it (`ReportChange.late`, `SummaryTarget.late`). As `pastDeadline`, the rows of one sheet
 *   sharing a date and a deadline are one warning of the sheet. A row dated after the plan's period (a year-end figure
 *   dated in January) is refused alone (`afterDeadline`), told to date it at the deadline.
 * - `beforeDeadline`: rows of one sheet dated before their targets' deadline in a report dated on or after it (r100
 *   M4: a sheet of 11-30 in the year-end report): not the figures as of the deadline; the targets are judged not reported
 *   this period (本期未報), not by the status at the rows' date. One warning of the sheet per date and deadline: no
 *   `row`, the rows in `rows`.
 * - `unreported`: a unit's sheets (their line above the header names the unit, as its template writes it), read
 *   together, give no value for some targets the unit leads (a row deleted, a value left blank): no `row`, the
 *   targets' ids in `targets`, with how many it leads in the message; `file` (and `sheet`, of one sheet) is its
 *   first sheet's, and the message names each. A target another sheet of the same import gives a value (a co-lead's) is
 *   not named (r100 L5: as `progress summary` counts). Nothing to do for a target not reported this period before its
 *   deadline; one whose deadline the report's date has reached is to be reported, and the message says so.
 */
export interface SheetWarning {
  /** Which warning. */
  readonly code: 'noteOnly' | 'negativeChange' | 'levelForChange' | 'fractionalCount' | 'totalForEach' | 'cellComment' | 'hiddenRows' | 'filteredRows' | 'hiddenUnitLine' | 'workbookUnit' | 'pastDeadline' | 'lateOnly' | 'beforeDeadline' | 'unreported';
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name (an .xlsx), absent for a CSV. */
  readonly sheet?: string;
  /** The row number as the spreadsheet shows it; absent for `hiddenRows`, `filteredRows`, `workbookUnit`, `unreported`, `beforeDeadline` and `pastDeadline`/`lateOnly` of rows sharing a date, warnings of the sheet. */
  readonly row?: number;
  /**
   * `hiddenRows`: the rows skipped; `filteredRows`: the rows read; `pastDeadline` and `lateOnly` of rows sharing a date and a deadline, and
   * `beforeDeadline`: those rows; as the spreadsheet numbers them.
   */
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

/** The words of the problems that are not a {@link ReadingProblem}, and of the warnings, per language. */
export const sheetProblemWords: Readonly<Record<Language, SheetProblemWords>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };
