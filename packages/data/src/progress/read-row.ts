/**
 * One data row of a sheet, read as the import reads it: every check from its merged cells and formulas to its target,
 * value, date and note, in order, the first that fails its problem; else the reading it gives.
 */
import { changeDirection } from '../change-direction.js';
import { formatAmount, formatNumber } from '../describe-target.js';
import { evaluatePlanTarget } from '../evaluate-target.js';
import { unitScale } from '../format-number.js';
import { describeReadingProblem, InvalidReadingError, type ReadingProblem } from '../reading-problems.js';
import { hasBidiControl, type Language, type Plan, type Target, type Unit } from '../schema.js';
import { validationWords } from '../validation-words.js';
import { readsAsChange } from '../target-kinds.js';
import { runningTotal } from '../running-total.js';
import { countsWholeThings } from '../unpaced.js';
import { referenceText } from '../queries/reference-number.js';
import type { SheetReading } from './conflicts.js';
import { looksLike, yearOfDate } from './date-hints.js';
import { levelForChange } from './level-for-change.js';
import { monthForTotal } from './month-figure.js';
import { targetMismatch } from './described-targets.js';
import { notLedBy } from './not-led.js';
import { pointsForLevel } from './points-for-level.js';
import type { Sheet, SheetRow } from './read-sheets.js';
import { contradictedChange, risesInsteadOfFalling } from './reversed-changes.js';
import { sheetHeaders, type SheetColumn } from './sheet-columns.js';
import { sheetDate } from './sheet-date.js';
import type { SheetTable } from './sheet-layout.js';
import { describeRows, describeWhere, sheetProblemWords, type SheetProblem, type SheetProblemCode, type SheetWarning } from './sheet-problems.js';
import { bareCountOrShare, cleanlyScaled, converted, implausiblyScaled, increaseWritten, inPercent, isDateText, isPlaceholder, isTotal, looksLikeFraction, namesWhole, onlyNumber, overPace, periodBeforeValue } from './value-shapes.js';
import { parseWithSymbols } from './unit-symbols.js';
import { serialDate } from './xlsx-date-formats.js';

/** Where in a sheet a problem or a warning is: its row, its column's header, the text found there. */
export interface Place {
  readonly row?: number;
  readonly column?: string;
  readonly text?: string;
}

/** A value cell merged over several rows: its range, how many of its rows have a target id, and the row it is read in. */
export interface ValueMerge {
  readonly range: string;
  readonly rowsWithId: number;
  readonly owner: number;
}

/**
 * The value cells merged over several rows, by row: ExcelJS gives each row the master cell's value. It is the one row's
 * of the area with a target id (else the master's), and the other rows, the continued lines of that one, are skipped;
 * over several rows with an id (two targets, or two dates of one) it is a problem of each: whose value is it?
 */
export function valueMergesOf(sheet: Sheet, dataRows: readonly SheetRow[], { at, cell }: SheetTable): Map<number, ValueMerge> {
  const valueMerges = new Map<number, ValueMerge>();
  for (const area of sheet.merges ?? []) {
    if (at('value') < area.columns[0] || at('value') > area.columns[1]) continue;
    const covered = dataRows.filter((row) => row.number >= area.rows[0] && row.number <= area.rows[1]);
    const withId = covered.filter((row) => cell(row.cells, 'target') !== '');
    const owner = withId.length === 1 ? withId[0]!.number : area.rows[0];
    for (const row of covered) valueMerges.set(row.number, { range: area.range, rowsWithId: withId.length, owner });
  }
  return valueMerges;
}

/** Whether a row's cell in a column is part of an area merged over several rows: not typed in that row alone. */
const mergedOver = (sheet: Sheet, column: number, row: number): boolean =>
  (sheet.merges ?? []).some((area) => column >= area.columns[0] && column <= area.columns[1] && row >= area.rows[0] && row <= area.rows[1]);

/** How many of a sheet's rows are dated in each year (`yearOfDate`), by its rows: counted once a sheet, not once a row. */
const yearsOfRows = new WeakMap<readonly SheetRow[], ReadonlyMap<string, number>>();

/**
 * The one year the dates of the sheet's other rows agree on, or `undefined`. The rows' years are counted once a sheet
 * (r77 H1: counted again for each row with a bad date, a sheet of 200,000 took hours).
 */
function yearOfOtherRows(row: SheetRow, dataRows: readonly SheetRow[], cell: SheetTable['cell']): string | undefined {
  let counts = yearsOfRows.get(dataRows);
  if (!counts) {
    const counted = new Map<string, number>();
    for (const other of dataRows) {
      const year = yearOfDate(cell(other.cells, 'asOf'));
      if (year !== undefined) counted.set(year, (counted.get(year) ?? 0) + 1);
    }
    yearsOfRows.set(dataRows, (counts = counted));
  }
  const own = yearOfDate(cell(row.cells, 'asOf'));
  const years = [...counts].filter(([year, count]) => count > (year === own ? 1 : 0));
  return years.length === 1 ? years[0]![0] : undefined;
}

/** The number of a sheet's last row naming one of the plan's targets, by its rows: found once a sheet. */
const lastIdRows = new WeakMap<readonly SheetRow[], number>();

/** Text shaped like a target id (`t16.9`, `16.4`, `T09-1`): refused when it is none of the plan's, never a remark. */
const idShaped = (text: string): boolean => /^[a-z]{0,3}\s*\d+(?:\s*[.-]\s*\d+)*[a-z]?$/i.test(text.normalize('NFKC').trim());

/** A cell's text after a label and its colon (`聯繫電話:0534-2345678`, `填報日期:2023年10月8日`): a footer's, no figure. */
const labelled = (text: string): boolean => /^[^\d:]{1,12}:/.test(text.normalize('NFKC'));

/**
 * The text of a remark or a footer under the table (`注:以上數據為初步統計數`, `說明:…`, `填表人:張三` … `聯繫電話:…`),
 * typed in any column or merged across the row, each cell's once; else `undefined`. It is a row below the sheet's last
 * target id with no id of its own (nor text shaped like one: `t16.9` is refused as no id of the plan), and no figure:
 * its value and date cells empty, the merge's copies, or a label's text. Such a row is the sheet's, not a reading:
 * skipped and said, quoting it (r127 M1: in the id column it was dropped without a word; merged across the row, or a
 * footer's phone number in the value column, refused as a target id, and the import with it).
 */
function remarkOf(row: SheetRow, { dataRows, targetOf, table: { at, cell } }: RowContext): string | undefined {
  let last = lastIdRows.get(dataRows);
  if (last === undefined) lastIdRows.set(dataRows, (last = dataRows.findLast((other) => targetOf(cell(other.cells, 'target')) !== undefined)?.number ?? 0));
  const id = cell(row.cells, 'target');
  if (row.number <= last || (id && (idShaped(id) || targetOf(id)))) return undefined;
  const noFigure = (column: SheetColumn) => !cell(row.cells, column) || !!row.copies?.includes(at(column)) || labelled(cell(row.cells, column));
  if (!noFigure('value') || !noFigure('asOf')) return undefined;
  const texts = row.cells.flatMap((text, i) => (text?.trim() && !row.copies?.includes(i) ? [text.trim()] : []));
  return texts.length ? [...new Set(texts)].join(' ') : undefined;
}

/**
 * A sum typed without Excel's `=` (`12.5+3`, `=12.5+3` in a text cell): its total, rounded off its binary noise; else
 * `undefined`. Said as a sum, with the figure it adds up to (r127 L2: it was said to be in the wrong unit).
 */
function sumOf(text: string): number | undefined {
  const terms = /^=?\s*\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?)+$/.test(text.normalize('NFKC').trim()) ? text.normalize('NFKC').replace('=', '').split('+') : [];
  return terms.length ? Number(terms.reduce((total, term) => total + Number(term), 0).toPrecision(12)) : undefined;
}

/** A negative in an accountant's brackets (`(12)`, `（1,200.5）`): the number in them; else `undefined` (r127 L2). */
const bracketed = (text: string): string | undefined => /^\(\s*(\d[\d,]*(?:\.\d+)?)\s*\)$/.exec(text.normalize('NFKC').trim())?.[1];

/** A decimal comma (`12,5`: no thousands group has fewer than three digits): the number with a point, `12.5` (r127 L2). */
const decimalComma = (text: string): string | undefined => /^([+-]?\d+),(\d{1,2})$/.exec(text.normalize('NFKC').trim())?.slice(1).join('.');

/**
 * A date without its year (`9月30日`, `9/30`, `9-30`; not `9.30`, a General cell's 9.3): the whole date in `year` (the
 * year the sheet's other rows agree on), `null` when that is not known; else `undefined` (r127 L2: refused without a hint).
 */
function withoutYear(text: string, year: string | undefined): string | null | undefined {
  const parts = /^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*[日号號]?$/.exec(text.normalize('NFKC').trim());
  if (!parts || +parts[1]! < 1 || +parts[1]! > 12 || +parts[2]! < 1 || +parts[2]! > 31) return undefined;
  return year === undefined ? null : `${year}-${parts[1]!.padStart(2, '0')}-${parts[2]!.padStart(2, '0')}`;
}

/** An Excel date serial with its time (45199.65, a date and time in a General cell): the serial of its day, 45199. */
const dayOfSerial = (text: string): string => text.trim().replace(/^(\d{5})\.\d+$/, '$1');

/** What {@link readRow} needs of the import and of the row's sheet. */
export interface RowContext {
  readonly plan: Plan;
  readonly lang: Language;
  /** Today, `YYYY-MM-DD`: a reading dated after it is refused. */
  readonly today: string;
  /** The import's `asOf`, if given: the date of rows whose date is empty, and the last a row may be dated. */
  readonly asOf: string | undefined;
  readonly sheet: Sheet;
  /** The unit the sheet is for, when its line above the header names one. */
  readonly owner: Unit | undefined;
  readonly table: SheetTable;
  /** The sheet's rows under its header. */
  readonly dataRows: readonly SheetRow[];
  /** The CSV rows split by a thousands comma, by row number. */
  readonly splits: ReadonlyMap<number, { readonly value: string; readonly cells: number }>;
  /** The value cells merged over several rows, by row number. */
  readonly valueMerges: ReadonlyMap<number, ValueMerge>;
  readonly targetOf: (id: string) => Target | undefined;
  /** A unit's name in the language, as the API shows it. */
  readonly nameOf: (unit: Unit) => string;
  /**
   * A target as the API shows it in the language (`shownIn`): a plan built from a document, without English yet, has
   * its metric and unit in the document's script. What every message names a target's metric or unit with.
   */
  readonly shownOf: (target: Target) => Target;
  /** A problem or a warning of the sheet, its message starting with where it is. */
  readonly problem: (code: SheetProblemCode, detail: string, at?: Place) => SheetProblem;
  readonly warning: (code: SheetWarning['code'], detail: string, at: Place) => SheetWarning;
}

/**
 * A row's reading, before its place among the problems and in the order read: its target, date and note, and the
 * warnings it is if it is the first row of its target and date: a rise on a target to reduce (`negativeChange`), a
 * change far beyond its target, perhaps the level (`levelForChange`), a fraction of whole things (`fractionalCount`), a
 * note that reads as a total beside a threshold each member must reach (`totalForEach`), a date after the deadline
 * kept (`pastDeadline`), and, dated within the plan's period and the deadline's year, kept alone as a figure reported
 * late (`lateOnly`, r100 M1).
 */
export interface RowReading extends Omit<SheetReading, 'at' | 'order'> {
  readonly target: Target;
  readonly asOf: string;
  readonly note: string;
  readonly negativeChange?: SheetWarning;
  readonly levelForChange?: SheetWarning;
  readonly fractionalCount?: SheetWarning;
  readonly totalForEach?: SheetWarning;
  readonly pastDeadline?: SheetWarning;
  /**
   * A row dated after its target's deadline but within the plan's period (12-31 for a target due 06-30): with no reading
   * as of the deadline, kept as a figure reported late instead of refused (r100 M1: 12月完成第6個 is December's figure,
   * not June's, and the clerk is not told to date it in June). A row dated after the period or the deadline's year (a
   * year-end figure dated in January, the day it was written, in a plan of one year or over years: r101 H2) is refused
   * alone, told to date it at the deadline.
   */
  readonly lateOnly?: SheetWarning;
}

/**
 * What a data row gives: its reading, or the problem that refuses it (and `also` its date's, when its value is refused
 * and its date is wrong too: every problem of a row said at once, r87 M5), or a warning (a note alone under the data, a
 * remark or a footer below the table), or nothing (an empty row, the continued line of a merged value).
 */
export type RowRead =
  | { readonly reading: RowReading }
  | { readonly problem: SheetProblem; readonly also?: SheetProblem }
  | { readonly warning: SheetWarning }
  | undefined;

/** Reads a data row of a sheet (see {@link RowRead}). */
export function readRow(row: SheetRow, context: RowContext): RowRead {
  const { plan, lang, today, asOf: givenAsOf, sheet, owner, dataRows, splits, valueMerges, targetOf, nameOf, shownOf, problem, warning } = context;
  const metricOf = (target: Target) => shownOf(target).metric[lang];
  const { at, headerOf, cell } = context.table;
  const words = sheetProblemWords[lang];
  const merged = valueMerges.get(row.number);
  // A line continued under the row that owns the merged value: its merged date or note copies are that row's.
  if (merged && merged.rowsWithId < 2 && merged.owner !== row.number) return undefined;
  const [id, valueText, dateText, note] = [cell(row.cells, 'target'), cell(row.cells, 'value'), cell(row.cells, 'asOf'), cell(row.cells, 'note')];
  const remark = note && !id && !valueText && !dateText ? undefined : remarkOf(row, context);
  if (remark) return { warning: warning('noteOnly', words.remarkOnly(remark), { row: row.number, text: remark }) };
  const reject = (code: SheetProblemCode, detail: string, column: SheetColumn, text: string) => ({ problem: problem(code, detail, { row: row.number, column: headerOf(column), text }) });
  const split = splits.get(row.number);
  if (split) return reject('thousandsSplit', words.thousandsSplit(split.value, split.cells), 'value', valueText);
  const formulaIn = (column: SheetColumn) => (at(column) < 0 ? undefined : row.uncomputed?.[at(column)]);
  const valueFormula = formulaIn('value');
  if (valueFormula !== undefined) return reject('formulaNoResult', words.formulaNoResult(valueFormula), 'value', valueFormula);
  if (merged && merged.rowsWithId > 1) {
    // Each row with an id is rejected; a line with none under them is the merge's too, not a reading of its own.
    return id ? reject('mergedValue', words.mergedValue(merged.range, merged.rowsWithId), 'value', valueText) : undefined;
  }
  const dateFormula = formulaIn('asOf');
  if (valueText && dateFormula !== undefined) return reject('formulaNoResult', words.formulaNoResult(dateFormula), 'asOf', dateFormula);
  if (!valueText) {
    // A remark under the data (no id, value or date) is the sheet's, not a reading: skipped, and quoted.
    if (note && !id && !dateText) return { warning: warning('noteOnly', words.noteOnly(note), { row: row.number, column: headerOf('note'), text: note }) };
    // A date or note merged over several rows (one date for the sheet's block) is not the row's own: a row with no value
    // and nothing typed in it is not reported this period, as an empty row (r87 M2).
    const own = (column: SheetColumn, text: string) => text !== '' && !mergedOver(sheet, at(column), row.number);
    return own('asOf', dateText) || own('note', note) ? reject('missingValue', words.missingValue(), 'value', valueText) : undefined;
  }
  // A note the report would carry that shows in another order than it is stored: refused here, as the report's
  // schema refuses it (r77 M1: imported, the whole report was then refused by the page and by `progress summary`).
  if (hasBidiControl(note)) return reject('bidiControl', validationWords[lang].bidiControl(), 'note', note);
  if (!id) return reject('missingTarget', words.missingTarget(valueText), 'target', id);
  const target = targetOf(id);
  if (!target) return reject('unknownTarget', isTotal(id) ? words.totalAsTarget(id) : words.unknownTarget(id), 'target', id);
  // A bare 9.1 where task 9 has a tenth target: Excel turns a typed 9.10 into the number 9.1, so it names either.
  const tenth = /^\d+\.\d$/.test(referenceText(id)) ? targetOf(`${referenceText(id)}0`) : undefined;
  if (tenth) return reject('ambiguousTarget', words.ambiguousTarget(referenceText(id), target.id, tenth.id), 'target', id);
  // The row's 指標 (計量單位, 牽頭單位) not its id's target's: a slip in the id, which would file the value elsewhere (r68 H1).
  const mismatch = targetMismatch(plan, target, { metric: cell(row.cells, 'metric'), unit: cell(row.cells, 'unit'), lead: cell(row.cells, 'lead') }, lang);
  if (mismatch) {
    const shown = cell(row.cells, mismatch.column);
    const detail =
      mismatch.column === 'metric'
        ? words.metricMismatch(target.id, mismatch.expected, shown, mismatch.described.map((other) => [other.id, metricOf(other)] as const))
        : words.columnMismatch(target.id, metricOf(target), mismatch.column, headerOf(mismatch.column), mismatch.expected, shown);
    return reject('targetMismatch', detail, 'target', id);
  }
  const notLed = owner && notLedBy(plan, owner, target);
  if (notLed) {
    const detail = words.notLeadUnit(target.id, notLed.leads.map(nameOf), nameOf(owner), notLed.participating, { value: valueText, date: dateText, note });
    return reject('notLeadUnit', detail, 'value', valueText);
  }
  // Every reading problem said of the target as the import shows it: a metric not yet in English in the document's
  // script, not an empty one (F155).
  const readingProblem = (p: ReadingProblem) => {
    const onDate = isDateProblem(p);
    const inDateColumn = onDate && at('asOf') >= 0;
    // A date that is a month without its day, or an Excel serial, is said with the whole date it seems to stand for.
    // A quarter or a half without its year takes the year the sheet's other rows agree on (r58 M2).
    const noYear = p.code === 'invalidDate' && inDateColumn ? withoutYear(dateText, yearOfOtherRows(row, dataRows, cell)) : undefined;
    if (noYear !== undefined) return reject('invalidDate', words.dateWithoutYear(dateText, noYear ?? undefined), 'asOf', dateText);
    const hinted = p.code === 'invalidDate' && inDateColumn ? { ...p, looksLike: looksLike(dayOfSerial(dateText), yearOfOtherRows(row, dataRows, cell), today) } : p;
    return reject(p.code, describeReadingProblem(hinted, shownOf(target), lang), inDateColumn ? 'asOf' : 'value', inDateColumn ? dateText : valueText);
  };
  // A value refused, said with its date's problem too, if any (r87 M5: 约30 beside 2023年6月 took two rounds): a date
  // not real, before the period or after today, or none at all; checked as a reading of the target's own figure would be.
  const withDate = (refused: { readonly problem: SheetProblem }) => {
    const dated = dateText ? sheetDate(dateText) : givenAsOf;
    if (dated === undefined) return { ...refused, also: reject('noDate', words.noDate(), at('asOf') < 0 ? 'value' : 'asOf', dateText).problem };
    const onDate = judge(plan, target, target.value, dated, today);
    const dateProblem = onDate && isDateProblem(onDate) && at('asOf') >= 0 ? readingProblem(onDate).problem : undefined;
    return dateProblem ? { ...refused, also: dateProblem } : refused;
  };
  // The target as the import shows it: a metric or a unit not yet in English in the document's script (F155, F158).
  const asShown = shownOf(target);
  const unit = lang === 'en' ? asShown.unitEn : target.unit;
  // A formula's error value (#REF!, #DIV/0!): the formula is to correct, not a figure to retype as digits (r87 L7); said
  // with the row's date's problem, as any value refused (r89 M3).
  if (/^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/u.test(valueText.trim())) return withDate(reject('formulaError', words.formulaError(valueText.trim()), 'value', valueText));
  if (isDateText(valueText)) {
    // A date where the value belongs (a date cell, or the date typed in the wrong column): said as such, not as a unit.
    return withDate(reject('dateAsValue', words.dateAsValue(valueText, unit), 'value', valueText));
  }
  // The row's own date as Excel stores it (45107, its date pasted as values into the value cell): no count or amount
  // is its report's date by chance, where any number in the serial range may be a real figure.
  const rowDate = dateText ? sheetDate(dateText) : givenAsOf;
  if (rowDate !== undefined && serialDate(valueText) === rowDate) return reject('dateAsValue', words.serialAsValue(valueText, rowDate, unit), 'value', valueText);
  // Points for a share that is a level (+1.4个百分点 for 占比≥62%): a change, or maybe one, not the share (r68 H2). Said
  // in the reading problem's words, as a gauge says it (one wording), of the metric as the import shows it (r69 L4).
  const points = pointsForLevel(valueText, target);
  if (points) return withDate(readingProblem({ code: 'pointsForLevel', text: valueText.trim(), signed: points === 'signed' }));
  // An increase on a running total, a plus sign (+30, r87 M3) or words (增加12, 新增5, r89 M2): "this much more" as often
  // as the total, which is asked for. A target whose value is a change (增長10%, 比上年增加5萬噸) reads a change's words
  // as its size (describeReadingProblem's directedChange), a plus sign as any running total.
  const increase = runningTotal(target) ? increaseWritten(valueText) : undefined;
  if (increase && (increase.signed || !readsAsChange(target))) {
    return withDate(reject('signedTotal', words.signedTotal(valueText.trim(), increase.number, plan.period.start, increase.signed), 'value', valueText));
  }
  // A period before the value (1-6月2000): the value and a note, not a range from 1 (r87 M4).
  const period = periodBeforeValue(valueText);
  if (period) {
    const noteHeader = at('note') < 0 ? sheetHeaders[lang].note : headerOf('note');
    return withDate(reject('periodBeforeValue', words.periodBeforeValue(valueText.trim(), period.period, period.value, noteHeader), 'value', valueText));
  }
  // A sum typed as Excel would add it up (12.5+3), a negative in an accountant's brackets ((12)): said as such, not as a
  // unit or as words (r127 L2).
  const sum = sumOf(valueText);
  if (sum !== undefined) return withDate(reject('notANumber', words.sumWritten(valueText.trim(), formatNumber(sum, lang)), 'value', valueText));
  const inBrackets = bracketed(valueText);
  if (inBrackets !== undefined) return withDate(reject('notANumber', words.bracketedNegative(valueText.trim(), inBrackets), 'value', valueText));
  // A value scaled by 萬 or 億 (0.17萬 for a target in 人, 21000人 for one in 萬人) rounded off its binary noise
  // (1700.0000000000002), as the report stores it; a share of a set (4/11) keeps its digits. (The gauge's own value
  // is not rounded so: its words round it, and the page's bytes are at their budget.) A symbol of the target's unit
  // (21.3亿m³ for 億立方米) is read as its word (r106 L8).
  const given = parseWithSymbols(valueText, target);
  const scaled = 'value' in given && (/[萬万億亿]/.test(valueText) || unitScale(target.unit) > 1);
  const parsed = scaled ? { value: Number(given.value.toPrecision(12)) } : given;
  if ('problem' in parsed) {
    // Points for a change in per cent (下降7个百分点 for 下降12%): said as written, not as 下降 7% (r58 Low 6). Points
    // for a level (a share: 3.2个百分点 or 提高3.2个百分点 for ≥3%) are refused above (pointsForLevel), asking for the
    // share itself, never told to write a change (r60 M1, r68 M4).
    if (target.unit === '%' && readsAsChange(target) && /百分[點点]/.test(valueText)) {
      return withDate(reject('pointsForPercent', words.pointsForPercent(valueText.trim()), 'value', valueText));
    }
    // A mark for no figure yet (—, /, 暫無, 年底統計): said with what to do for a target not reported.
    return parsed.problem.code === 'notANumber' && isPlaceholder(valueText)
      ? withDate(reject('placeholderValue', words.placeholderValue(valueText), 'value', valueText))
      : // The example a clerk is to follow: the clerk's own number among words (12 for 完成12, r87 M4), else the target's
        // own figure as digits (400 for 不少于四百家), not Dezhou's 2100 (r80 L5); 12.5 for a decimal comma, 12,5 (r127 L2).
        withDate(readingProblem(parsed.problem.code === 'notANumber' ? { ...parsed.problem, example: decimalComma(valueText) ?? onlyNumber(valueText) ?? String(Number(target.value.toPrecision(12))) } : parsed.problem));
  }
  const asOf = dateText ? sheetDate(dateText) : givenAsOf;
  const asDated = asOf === undefined ? undefined : judge(plan, target, parsed.value, asOf, today);
  // A value refused as of a date (a thousand times the target, a fraction for a percent, a bare share…), or undefined.
  const refusedValue = (problemOfReading: ReadingProblem | undefined) => {
    // The scale checks of a reading (a thousand times the target) take the number as written; a figure written with a
    // magnitude word or in another unit (2.35亿立方米) is said with what it converts to, as the import reads it (r60 Low 3).
    const scaleOfReading = problemOfReading?.code === 'wrongScale' || problemOfReading?.code === 'tooSmall';
    if (problemOfReading && !(scaleOfReading && converted(valueText, parsed.value))) {
      // A figure written in the target's own unit (23500萬立方米) is not read in its base unit: no conversion offered.
      const ownUnit = problemOfReading.code === 'wrongScale' && !/^[+-]?[\d,]+(?:\.\d+)?$/.test(valueText.normalize('NFKC').trim());
      return readingProblem(ownUnit ? { code: 'wrongScale', value: problemOfReading.value } : problemOfReading);
    }
    if (problemOfReading || implausiblyScaled(valueText, parsed.value, target)) {
      const number = String(Number(parsed.value.toPrecision(6)));
      const inUnit = lang === 'en' ? formatAmount(asShown, parsed.value, lang) : formatAmount(asShown, number, lang);
      const unit = formatAmount(target, '', lang === 'en' ? 'zh-Hant' : lang);
      const detail = cleanlyScaled(number, parsed.value, target)
        ? words.scaleToWrite(valueText.trim(), inUnit, number, unit)
        : words.implausibleScale(valueText.trim(), inUnit, formatAmount(asShown, target.value, lang), unit, number);
      return reject('implausibleScale', detail, 'value', valueText);
    }
    if (bareCountOrShare(valueText, parsed.value, target)) {
      const noun = lang === 'en' ? asShown.unitEn : formatAmount(target, '', lang);
      return reject('bareShare', words.bareShare(valueText.trim(), noun, String(parsed.value)), 'value', valueText);
    }
    // A bare number as the sheet shows it: an .xlsx number in a General cell, a CSV number typed without a % sign.
    // Its decimals are those typed in a CSV (0.0860), those Excel shows in an .xlsx (its binary noise rounded off).
    const shown = String(Number(parsed.value.toPrecision(12)));
    const csvNumber = sheet.sheet === undefined && /^[+-]?\d*\.\d+$/.test(valueText.normalize('NFKC'));
    const bare = csvNumber || (sheet.sheet !== undefined && !!row.generalNumbers?.includes(at('value')));
    if (bare && inPercent(target) && looksLikeFraction(parsed.value, csvNumber ? valueText.normalize('NFKC') : shown, target.value)) return reject('fractionForPercent', words.fractionForPercent(shown, String(Number((parsed.value * 100).toPrecision(12)))), 'value', valueText);
    if (contradictedChange(target, parsed.value, note)) {
      // -7.5 beside 較2020年下降7.5%: the value says it rose, the note that it fell; neither is guessed (r68 H3).
      const fall = changeDirection(target) === 'decreaseBy';
      const change = formatAmount(asShown, -parsed.value, lang);
      return reject('contradictedChange', words.contradictedChange(target.id, formatNumber(parsed.value, lang), fall, headerOf('note'), note, change, formatNumber(-parsed.value, lang)), 'value', valueText);
    }
    return undefined;
  };
  // A date that judges nothing (none, not real, before the period, after today) is said with the value's own problem, if
  // any (M5's reverse, r87: 0.0234 beside 2023年6月 took two rounds): the value checked as of the date the cell seems to
  // stand for (2023-06-30 for 2023年6月), else as of the deadline or today, whichever is first.
  if (asOf === undefined || (asDated && isDateProblem(asDated))) {
    const dated = asOf === undefined ? reject('noDate', words.noDate(), at('asOf') < 0 ? 'value' : 'asOf', dateText) : readingProblem(asDated!);
    const hinted = dateText ? (looksLike(dayOfSerial(dateText), yearOfOtherRows(row, dataRows, cell), today)?.date ?? withoutYear(dateText, yearOfOtherRows(row, dataRows, cell)) ?? undefined) : undefined;
    const judged = [hinted, target.deadline < today ? target.deadline : today].flatMap((date) => (date === undefined ? [] : [judge(plan, target, parsed.value, date, today)]));
    const standIn = judged.findIndex((p) => p === undefined || !isDateProblem(p));
    const refused = standIn < 0 ? undefined : refusedValue(judged[standIn]);
    return refused ? { ...refused, also: dated.problem } : dated;
  }
  const refused = refusedValue(asDated);
  if (refused) return refused;
  // A running total whose note says the figure is one month's (9月份用水量): not judged as the total (r114 F2).
  const counted = monthForTotal(target, note, asOf, plan.period.start, parsed.value);
  if (counted) return reject('monthForTotal', words.monthForTotal(target.id, counted, note, formatNumber(parsed.value, lang), asOf), 'note', note);
  if (givenAsOf !== undefined && asOf > givenAsOf) return reject('afterAsOf', words.afterAsOf(asOf, givenAsOf), 'asOf', dateText);
  // A row after the deadline: a problem, added once every sheet is read, if nothing by the deadline stands beside it.
  const lateRow = { row: row.number, column: headerOf(at('asOf') < 0 ? 'value' : 'asOf'), text: dateText };
  const late = asOf > target.deadline;
  // Read as written, a rise; said, in case the fall was written with a minus sign (-3.1%; beside a note that says it
  // fell, 較2020年下降3.1%, it is the problem contradictedChange above).
  const rises = risesInsteadOfFalling(target, parsed.value);
  // Read as written too, and said: a change far beyond its target may be the metric's level (r92 M3).
  const level = levelForChange(asShown, parsed.value, lang);
  // And a fraction of a count of whole things (0.5個, 2.5家: r93 L7), said: none comes in halves.
  const fraction = fractionOfWholeThings(target, parsed.value);
  // And a threshold each member must reach, the lowest member's figure, beside a note of the whole (全市已建成11家): said,
  // as the figure may be the total (r111); a note without such words is not doubted.
  const set = asShown.each?.[lang];
  return {
    reading: {
      target,
      asOf,
      note,
      value: parsed.value,
      where: describeWhere({ file: sheet.file, sheet: sheet.sheet, row: row.number }, lang),
      sheet,
      row: row.number,
      ...(owner ? { unit: owner.id } : {}),
      conflict: (other, many, of, report) => {
        const [value, otherValue] = [formatNumber(parsed.value, lang), formatNumber(other.value, lang)];
        const held = report === undefined ? undefined : formatNumber(report, lang);
        // The case as the rows make it, decided once (`resolveConflicts`): one unit's rows are this sheet's unit's.
        const detail =
          of.kind === 'typedTwice'
            ? words.typedTwice(target.id, describeRows(of.rows, lang), of.rows.length, value, other.row, otherValue, sheet.sheet !== undefined, held)
            : of.kind === 'sameUnitTwice'
              ? words.sameUnitTwice(nameOf(owner!), target.id, value, other.where, otherValue, many, held)
              : words.conflict(target.id, value, other.where, otherValue, many, held);
        return problem('conflict', detail, { row: row.number, column: headerOf('value'), text: valueText });
      },
      ...(late
        ? {
            afterDeadline: problem('afterDeadline', words.afterDeadline(asOf, target.deadline), lateRow),
            afterConflict: problem('afterDeadline', words.afterDeadlineConflict(asOf, target.deadline), lateRow),
            pastDeadline: warning('pastDeadline', words.pastDeadline(asOf, target.deadline), lateRow),
            // Inside the plan's period and the deadline's year (12月完成 of a target due 6月底前) a figure reported late;
            // after either (a year-end figure dated in January, in a plan of one year or over years: review r101 H2) one to
            // date at the deadline.
            ...(asOf <= plan.period.end && asOf.slice(0, 4) === target.deadline.slice(0, 4) ? { lateOnly: warning('lateOnly', words.lateOnly(asOf, target.deadline), lateRow) } : {}),
          }
        : {}),
      ...(rises
        ? {
            negativeChange: warning(
              'negativeChange',
              words.negativeChange(target.id, formatNumber(parsed.value, lang), formatAmount(asShown, -parsed.value, lang), formatNumber(-parsed.value, lang)),
              { row: row.number, column: headerOf('value'), text: valueText },
            ),
          }
        : {}),
      ...(level ? { levelForChange: warning('levelForChange', level, { row: row.number, column: headerOf('value'), text: valueText }) } : {}),
      ...(fraction
        ? {
            fractionalCount: warning('fractionalCount', words.fractionalCount(target.id, formatNumber(parsed.value, lang), formatAmount(asShown, '', lang === 'en' ? 'zh-Hant' : lang), asShown.unitEn), {
              row: row.number,
              column: headerOf('value'),
              text: valueText,
            }),
          }
        : {}),
      ...(set && namesWhole(note) ? { totalForEach: warning('totalForEach', words.totalForEach(target.id, set, note), { row: row.number, column: headerOf('note'), text: note }) } : {}),
    },
  };
}

/**
 * Whether `value` is a fraction of a target counting whole things ({@link countsWholeThings}) whose own figures are whole
 * (a plan's own 2.5個 is its count). None comes in halves, so it is a slip (a share, a misplaced point, a month typed as
 * 2023.6); a warning, not a refusal: the import reads a number as written and does not guess what was meant (2023.6 for
 * t09.1 is read, progress-sheets-clerk.test.ts), and the row is named for the clerk to correct.
 */
const fractionOfWholeThings = (target: Target, value: number): boolean =>
  countsWholeThings(target) && Number.isInteger(target.value) && Number.isInteger(target.upperValue ?? 0) && !Number.isInteger(Number(value.toPrecision(12)));

/** Whether a reading's problem is its date's (not real, before the period, after today): the value is not judged. */
const isDateProblem = (problem: ReadingProblem): boolean => problem.code === 'invalidDate' || problem.code === 'beforePeriod' || problem.code === 'afterToday';

/**
 * What keeps the plan's `evaluateTarget` from judging the reading, or `undefined`: the import accepts what the elements
 * can show, over the plan's period (a fiscal year from 1 July accepts a reading of September). A reading dated after
 * the target's deadline is kept for the history and the trend (`judgedReading` never judges by it), its value checked
 * as of the deadline, when a reading on or before the deadline is there to judge, or when it is dated within the
 * plan's period (`lateOnly`: a figure reported late); else it is refused in `importProgressSheets`. And the import's
 * own check of a flow in 萬 or 億 in the wrong scale (`overPace`: ten times its goal, or thirty times its pace from the
 * day the evaluation paces it from; r106 M4, r107 H1, M1), which the gauge's bytes leave out of `checkReading`.
 */
function judge(plan: Plan, target: Target, value: number, asOf: string, today: string): ReadingProblem | undefined {
  try {
    evaluatePlanTarget(plan, target, { value, asOf }, { today });
    return overPace(target, value, plan.period.start, asOf);
  } catch (error) {
    if (!(error instanceof InvalidReadingError)) throw error;
    return error.problem.code === 'afterDeadline' ? judge(plan, target, value, target.deadline, today) : error.problem;
  }
}
