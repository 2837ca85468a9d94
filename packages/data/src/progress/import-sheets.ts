/**
 * From filled progress sheets to a progress report: every row checked as the plan's `evaluateTarget` will judge it
 * (paced from the plan's period start), every problem named with its file, sheet, row, column and the text found there.
 */
import { shownIn } from '../english-fallback.js';
import { onLine } from '../format-number.js';
import type { ProgressDispute, ProgressEntry, ProgressReport } from '../progress-report.js';
import type { Language, Plan, Target, Unit } from '../schema.js';
import { indexPlan } from '../plan-index.js';
import { getTarget } from '../queries/get-target.js';
import { languageOption } from '../library-inputs.js';
import { latestIsoDate } from '../local-date.js';
import { columnsOfHeader, filledColumns, sheetHeaders, unitOfHeader } from './sheet-columns.js';
import { colonIn, describeRows, describeWhere, sheetProblemWords, type SheetProblem, type SheetProblemCode, type SheetWarning, type UnreadColumn } from './sheet-problems.js';
import type { Sheet } from './read-sheets.js';
import { readingKey } from './append-period.js';
import { unreportedTargets, type ValueRow } from './unreported.js';
import { beforeDeadlineRows } from './before-deadline.js';
import { reportingUnitLine } from './reporting-unit.js';
import { unitLineOf, workbookUnitOf } from './workbook-unit.js';
import { idlessHeaderOf } from './missing-id-column.js';
import { reportingUnits, type ReadingSource } from './reading-sources.js';
import { otherPlanSheet } from './other-plan.js';
import { readRow, valueMergesOf, type Place, type RowContext } from './read-row.js';
import { placeInOrder } from './placed-in-order.js';
import { resolveConflicts, sheetsOfLateRows, type HeldBackReading, type ReadingGroup, type SheetReading } from './conflicts.js';
import { columnLetter, dateColumnUnread, filledWidth, headerRowOf, holdsTargetIds, idsOf, isBlank, namesANote, readsUnit, sheetTable, thousandsSplit, unreadColumnsOf, valueColumnUnread } from './sheet-layout.js';

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
   * The report of every accepted row (`undefined` when no row gives a value, or none is accepted and no units' figures
   * differ: a dispute alone is a report of no entries with its `disputes`, r126 F1). It is the whole
   * import only when `problems` is empty; otherwise the rows with problems are missing from it.
   */
  readonly report: ProgressReport | undefined;
  /** Every problem, in file and row order. */
  readonly problems: readonly SheetProblem[];
  /**
   * What the import says without blocking it, each quoting what it is about: a row skipped (a note alone under the
   * data), rows hidden in Excel skipped, the line naming a unit's sheet hidden in Excel (read all the same), an Excel
   * comment not read, a fall on a target to reduce written below zero (read as written, a rise). See {@link SheetWarning}.
   */
  readonly warnings: readonly SheetWarning[];
  /**
   * How many readings were accepted: the entries of `report`. Rows of one target and date that agree (two units' sheets
   * giving the same figure) are one reading; `sources` names every row.
   */
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
   * `dz-plan progress import --into` removes them from the report it writes, and says so (F83, review r58 Low 2), with
   * who is to settle each (`settle`, F146).
   */
  readonly heldBack: readonly HeldBackReading[];
  /**
   * The targets and dates whose rows are different units' figures (F292): none kept, each recorded in `report`'s
   * `disputes` as `--into` records another unit's figure (review r121 F1), and listed here, dated, for the command to
   * count. The rows are problems all the same (each row's `conflict`).
   */
  readonly disputes: readonly (ProgressDispute & { readonly asOf: string })[];
  /**
   * Where each reading of `report` came from, in the order of its entries: every row that gave it (two units' sheets
   * agreeing, both), each with the unit whose sheet it is when its line above the header names one. The report keeps the
   * units (`reportedBy`); the files and rows, the office's working copies, stay here (review r68 M1, L3).
   */
  readonly sources: readonly ReadingSource[];
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

/**
 * Merges filled sheets (any number of units' files) into one progress report for the plan. Values are read as
 * people type them (`parseReadingValue`: `2,100`, `2100個`, `2.1萬`, `36.4%`, full-width digits), dates as
 * `2023-06-30`, `2023/6/30` or `2023年6月30日`; a row without a value is a target the unit does not report on.
 *
 * @example
 * ```ts
 * const result = importProgressSheets([readCsv('發改委.csv', text)], dezhouPlan, { lang: 'en' });
 * if (result.problems.length) console.log(result.problems.map((p) => p.message));
 * // ['發改委.csv, row 14, 完成值: "二千" is not a number: write digits, such as 3000']
 * ```
 */
export function importProgressSheets(sheets: readonly Sheet[], plan: Plan, options: ImportProgressOptions = {}): ProgressImport {
  const lang = languageOption(options.lang, 'zh-Hant');
  const today = options.today ?? latestIsoDate();
  const words = sheetProblemWords[lang];
  const colon = colonIn(lang);
  const index = indexPlan(plan);
  // An id as people write it (T09.1, t9.1, 9.1, ｔ０９．１, the number 9.1) is the target it names, as the plan's look-ups read it.
  const targetOf = (id: string) => (id ? getTarget(index, id) : undefined);
  const problems: SheetProblem[] = [];
  const warnings: SheetWarning[] = [];
  const entries: ProgressEntry[] = [];
  // Each target and date given a value, by its key (readingKey), as read.
  const seen = new Map<string, ReadingGroup>();
  // Every target a row of the import gives a value, whoever's sheet it is in: none is a unit's to report (r100 L5).
  const valuedInImport = new Set<string>();
  let read = 0;
  const hiddenSheets: HiddenSheet[] = [];
  const skippedSheets: HiddenSheet[] = [];
  const unreadColumns: UnreadColumn[] = [];
  const perSheet: { file: string; sheet?: string; accepted: number }[] = [];
  let rejected = 0;
  // Each sheet's header row, found once: a sheet is judged beside the others of its workbook.
  const headerRows = new Map(sheets.map((sheet) => [sheet, headerRowOf(sheet)]));
  // Each table's line naming its unit, found once: a sheet without one is its workbook's unit's (r127 F1).
  const unitLines = new Map(sheets.flatMap((sheet) => (headerRows.get(sheet)! >= 0 ? [[sheet, unitLineOf(plan, sheet, headerRows.get(sheet)!)] as const] : [])));
  // A unit's name and a target (its metric, its unit) as the API shows them (`shownIn`): English not written yet reads
  // in the document's own script, a Simplified plan's names in Simplified (r69 L4), as the commands and the template
  // say them.
  const shown = indexPlan(shownIn(plan, lang));
  const nameOf = (unit: Unit) => shown.unitById.get(unit.id)!.name[lang];
  const shownOf = (target: Target) => shown.targetById.get(target.id)!;
  // Each unit's sheets, as read: their rows' targets and values, checked for targets without a value once all are read
  // (r69 M5: a unit's rows split over two files), and where among the warnings its last sheet's end is.
  const unitSheets = new Map<string, { readonly unit: Unit; readonly rows: ValueRow[]; readonly places: { file: string; sheet?: string }[]; at: number; sheet: number }>();
  /** A worksheet the import skips, named with why: `發改委.xlsx 工作表「舊」:…`. */
  const skipped = (sheet: Sheet & { readonly sheet: string }, why: string): HiddenSheet => ({
    file: sheet.file,
    sheet: sheet.sheet,
    message: `${describeWhere({ file: sheet.file, sheet: sheet.sheet }, lang)}${colon}${why}`,
  });

  for (const sheet of sheets) {
    if (sheet.hidden && sheet.sheet !== undefined) {
      hiddenSheets.push(skipped({ ...sheet, sheet: sheet.sheet }, words.hiddenSheet(sheet.hidden === 'veryHidden')));
      continue;
    }
    // A workbook's blank worksheets (Sheet2, Sheet3 as Excel adds them) hold nothing to import; a blank file does.
    if (isBlank(sheet) && sheets.some((other) => other.file === sheet.file && !isBlank(other))) continue;
    const headerIndex = headerRows.get(sheet)!;
    // A row naming the template's columns but the id (目標編號, column A deleted) is the header, its id column missing (r127 F3).
    // A sheet of no ids beside the workbook's table (a chart of 月份, 完成值) is no table, skipped as one (r129 F2).
    const besideTable = sheets.some((other) => other !== sheet && other.file === sheet.file && !other.hidden && headerRows.get(other)! >= 0);
    const idlessHeader = headerIndex < 0 ? idlessHeaderOf(sheet, targetOf) : undefined;
    const idless = idlessHeader && (idlessHeader.column >= 0 || !besideTable) ? idlessHeader : undefined;
    // A sheet beside the table with no table in it (填表說明, no header row and no target id): skipped, and named. A
    // workbook of such sheets alone gives nothing, a problem; a sheet with target ids but no header row is one too.
    if (headerIndex < 0 && !idless && sheet.sheet !== undefined && !holdsTargetIds(sheet, targetOf) && besideTable) {
      skippedSheets.push(skipped({ ...sheet, sheet: sheet.sheet }, words.noTable()));
      continue;
    }
    /** A problem or warning of this sheet: where it is, and its message starting with that place. */
    const placed = <Code, At extends Place>(code: Code, detail: string, at: At) => {
      const where = describeWhere({ file: sheet.file, sheet: sheet.sheet, row: at.row, column: at.column }, lang);
      return { code, file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), ...at, message: `${where}${colon}${detail}` };
    };
    const problem = (code: SheetProblemCode, detail: string, at: Place = {}): SheetProblem => placed(code, detail, at);
    if (isBlank(sheet)) {
      // Nothing in the file (0 bytes, blank lines, a workbook of blank sheets): said once, as such, not as no header (r69 L10).
      const first = sheets.find((other) => other.file === sheet.file && !(other.hidden && other.sheet !== undefined));
      if (first === sheet) problems.push({ code: 'emptyFile', file: sheet.file, message: `${describeWhere({ file: sheet.file }, lang)}${colon}${words.emptyFile()}` });
      continue;
    }
    if (idless) {
      const target = sheetHeaders[lang].target;
      const found = idless.column < 0 ? undefined : idless.row.cells[idless.column]!.trim() || columnLetter(idless.column);
      problems.push(problem('missingColumn', found === undefined ? words.missingColumn(target) : words.idsUnread(target, found), { row: idless.row.number, ...(found === undefined ? {} : { column: found }) }));
      continue;
    }
    if (headerIndex < 0) {
      // Target ids with no header beside the workbook's table (a 說明 sheet: t16.1 含續建項目5項) are notes, or figures,
      // of its targets, not dropped unsaid: said with where they go, or to delete the sheet (r87 L10).
      const table = sheet.sheet === undefined ? undefined : sheets.find((other) => other !== sheet && other.file === sheet.file && !other.hidden && headerRows.get(other)! >= 0);
      const ids = table ? idsOf(sheet, targetOf) : [];
      if (table && ids.length) {
        const headerCells = table.rows[headerRows.get(table)!]!.cells;
        const columns = columnsOfHeader(headerCells);
        const written = (column: 'note' | 'value') => headerCells[columns.indexOf(column)]?.trim() || sheetHeaders[lang][column];
        const named = [...new Set(ids.map((id) => id.id))];
        const detail = words.notesSheet(describeRows([...new Set(ids.map((id) => id.row))], lang), named.slice(0, 10), Math.max(0, named.length - 10), table.sheet!, written('note'), written('value'));
        problems.push(problem('noHeader', detail));
      } else problems.push(problem('noHeader', words.noHeader(sheetHeaders[lang].target)));
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
    const table = sheetTable(header.cells, columns);
    const dataRows = sheet.rows.slice(headerIndex + 1);
    // Another plan's sheet (its --plan forgotten): said once, before its unit line, which may name a unit of this plan
    // too, and not row by row as slips in the ids (r80 M3).
    const other = otherPlanSheet(plan, dataRows, table, targetOf, lang);
    if (other) {
      problems.push(problem('otherPlan', words.otherPlan(plan.id, other.rows, other.agreeing), { row: header.number }));
      continue;
    }
    // The unit the sheet is for, as its template's line above the header names it (r69 H1: never guessed from the rows'
    // 牽頭單位); without the line, the office's own sheet. A row of a unit's sheet for a target the unit does not lead is
    // refused, not filed as the lead unit's figure (r68 M1). The line hidden in Excel is read all the same (r73 M1): it
    // is the template's, no figure, and hiding it does not make the unit's sheet the office's; said.
    // The line's cell cleared whole (r72 M2): a blank row above the header, which the office's own template never has.
    const { line, blankLine, hiddenAbove } = unitLines.get(sheet)!;
    // Without the line, a sheet of a workbook whose other sheets name one unit is that unit's, said; of one whose
    // sheets name two, whose is not known; of one with no line at all, the office's own (r127 F1).
    const ofWorkbook = line || blankLine !== undefined ? undefined : workbookUnitOf(sheet, sheets, (other) => unitLines.get(other), (l) => (l.unit ? nameOf(l.unit) : l.name));
    const owner = line ? line.unit : ofWorkbook && 'unit' in ofWorkbook ? ofWorkbook.unit : undefined;
    if ((line && !owner) || blankLine !== undefined || (ofWorkbook && 'names' in ofWorkbook)) {
      // A unit the plan does not have, or a name erased (r70 L7, r72 M2), or none in a workbook of two units' sheets:
      // whose figures they are is not known, and they are no office's either; none imported.
      const given = sheet.rows.slice(headerIndex + 1).filter((row) => (row.cells[columns.indexOf('value')] ?? '').trim() !== '').length;
      if (ofWorkbook && 'names' in ofWorkbook) problems.push(problem('workbookUnits', words.workbookUnits(ofWorkbook.names, given, reportingUnitLine('…', lang))));
      else if (!line) problems.push(problem('blankUnitLine', words.blankUnitLine(given, reportingUnitLine('…', lang)), { row: blankLine! }));
      else if (line.name) problems.push(problem('unknownUnit', words.unknownUnit(line.name, given), { row: line.row, text: line.text }));
      else problems.push(problem('unnamedUnit', words.unnamedUnit(given), { row: line.row, text: line.text }));
      continue;
    }
    if (owner && line && hiddenAbove.some((row) => row.number === line.row)) {
      warnings.push(placed('hiddenUnitLine' as const, words.hiddenUnitLine(nameOf(owner)), { row: line.row, text: line.text }));
    }
    if (owner && !line) warnings.push(placed('workbookUnit' as const, words.workbookUnit(nameOf(owner)), {}));
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
    const { at, headerOf, cell } = table;
    // Rows hidden in Excel under the header that hold a value, date or note: skipped, as a hidden sheet is, and named.
    const hidden = (sheet.hiddenRows ?? []).filter((row) => row.number > header.number && filledColumns.some((column) => cell(row.cells, column) !== '')).map((row) => row.number);
    if (hidden.length) {
      const where = describeWhere({ file: sheet.file, sheet: sheet.sheet }, lang);
      warnings.push({ code: 'hiddenRows', file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), rows: hidden, message: `${where}${colon}${words.hiddenRows(describeRows(hidden, lang))}` });
    }
    // Rows hidden under an autofilter, by it or by hand (the file does not tell), that hold a value, date or note: read,
    // as a filter's are data filtered out of view (r40), and named, as a draft hidden by hand is not to be (r127 F2).
    const filteredRows = new Set(sheet.filteredRows);
    const filtered = dataRows.filter((row) => filteredRows.has(row.number) && filledColumns.some((column) => cell(row.cells, column) !== '')).map((row) => row.number);
    if (filtered.length) {
      const where = describeWhere({ file: sheet.file, sheet: sheet.sheet }, lang);
      warnings.push({ code: 'filteredRows', file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), rows: filtered, message: `${where}${colon}${words.filteredRows(describeRows(filtered, lang))}` });
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

    const rowContext: RowContext = {
      plan,
      lang,
      today,
      asOf: options.asOf,
      sheet,
      owner,
      table,
      dataRows,
      splits,
      valueMerges: valueMergesOf(sheet, dataRows, table),
      targetOf,
      nameOf,
      shownOf,
      problem,
      warning: (code, detail, at) => placed(code, detail, at),
    };
    for (const row of dataRows) {
      commentsBefore(row.number);
      // An Excel comment on a cell the import reads is not read: said, quoted, with where to write it instead.
      for (const column of filledColumns) {
        const comment = at(column) < 0 ? undefined : row.comments?.[at(column)];
        if (comment) warnings.push(placed('cellComment' as const, words.cellComment(comment, noteHeader), { row: row.number, column: headerOf(column), text: comment }));
      }
      const result = readRow(row, rowContext);
      if (result === undefined) continue;
      if ('warning' in result) {
        warnings.push(result.warning);
        continue;
      }
      if ('problem' in result) {
        problems.push(result.problem);
        if (result.also) problems.push(result.also);
        rejected++;
        continue;
      }
      const { target, asOf, note, negativeChange, levelForChange, fractionalCount, totalForEach, pastDeadline, lateOnly, ...given } = result.reading;
      valuedInImport.add(target.id);
      const key = readingKey(target.id, asOf);
      const reading: SheetReading = { ...given, ...(note ? { note } : {}), at: problems.length, order: read++ };
      const earlier = seen.get(key);
      if (earlier) {
        // Whether the rows agree is known once every sheet is read.
        earlier.rows.push(reading);
        if (onLine(reading.value, earlier.rows[0]!.value) && note && !earlier.notes.includes(note)) {
          // The same reading from a second department with its own note: both notes kept, in the order of the files.
          earlier.notes.push(note);
          entries[earlier.entry] = { ...entries[earlier.entry]!, note: earlier.notes.join(';') };
        }
        continue;
      }
      if (negativeChange) warnings.push(negativeChange);
      if (levelForChange) warnings.push(levelForChange);
      if (fractionalCount) warnings.push(fractionalCount);
      if (totalForEach) warnings.push(totalForEach);
      entries.push({ target: target.id, value: reading.value, asOf, ...(note ? { note } : {}) });
      let last = perSheet.at(-1);
      if (last && last.file === sheet.file && last.sheet === sheet.sheet) last.accepted++;
      else perSheet.push((last = { file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }), accepted: 1 }));
      const ifKept = pastDeadline && { warning: pastDeadline, ...(lateOnly ? { alone: lateOnly } : {}), at: warnings.length, sheet: sheets.indexOf(sheet), asOf, deadline: target.deadline };
      seen.set(key, { target: target.id, asOf, entry: entries.length - 1, rows: [reading], notes: note ? [note] : [], sheet: last, ...(ifKept ? { kept: ifKept } : {}) });
    }
    commentsBefore(Infinity);
    if (owner) {
      // A unit's sheet: its rows counted with the unit's other sheets for the targets it leads without a value (r57 L8).
      const of = unitSheets.get(owner.id) ?? { unit: owner, rows: [], places: [], at: 0, sheet: 0 };
      // One by one, not push(...rows): a spread of 200,000 rows overflows the stack (r77 H1).
      for (const row of dataRows) of.rows.push({ target: targetOf(cell(row.cells, 'target')), value: cell(row.cells, 'value') });
      of.places.push({ file: sheet.file, ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }) });
      [of.at, of.sheet] = [warnings.length, sheets.indexOf(sheet)];
      unitSheets.set(owner.id, of);
    }
  }
  // Each unit's targets without a value, over all its sheets (r69 M5: rows split over two files were each said short),
  // nor from any other sheet of the import (a co-lead's, r100 L5); those due by the report's date to be reported.
  const reportDate = [options.asOf ?? entries.reduce<string | undefined>((d, e) => (d === undefined || e.asOf! > d ? e.asOf : d), undefined), options.appendTo?.asOf]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const unreported = [...unitSheets.values()].flatMap(({ unit, rows, places, at, sheet }) => {
    const found = unreportedTargets(plan, unit, rows, valuedInImport);
    if (!found) return [];
    const ids = found.missing.map((target) => target.id);
    const due = found.missing.filter((target) => reportDate !== undefined && target.deadline <= reportDate).map((target) => target.id);
    const [first] = places as [(typeof places)[number]];
    const where = places.map((place) => describeWhere(place, lang)).join(lang === 'en' ? ', ' : '、');
    const warning: SheetWarning = {
      code: 'unreported',
      file: first.file,
      ...(places.length === 1 && first.sheet !== undefined ? { sheet: first.sheet } : {}),
      message: `${where}${colon}${words.unreported(nameOf(unit), found.led.length, ids, due)}`,
      targets: ids,
    };
    return [{ warning, at, sheet, last: 1 }];
  });
  // Rows of one target and date giving different values: none is kept, as neither unit's figure is known to be right
  // (review r57 M1; the first row kept made the order of the files choose the figure published). Each is a conflict.
  // Values equal but for a float's rounding (`onLine`: 1700 and 0.17萬) agree (r58 M1).
  const groups = [...seen.values()];
  const { said, keptLate, dropped, heldBack: heldBackInBase, disputes, byOffice } = resolveConflicts(groups, options.appendTo, (id) => targetOf(id)?.deadline);
  for (const group of dropped) {
    rejected += group.rows.length;
    group.sheet.accepted--;
  }
  // Put in file and row order: each goes where its row's problem would have been.
  placeInOrder(problems, said.map((s) => ({ at: s.at, order: s.order, item: s.problem })));
  // The late rows kept and each unit's unreported targets: each where it was said, a unit's after its last sheet's other
  // warnings.
  const inserted = [...sheetsOfLateRows(keptLate, lang).map((k) => ({ ...k, last: 0 })), ...unreported].sort((a, b) => a.at - b.at || a.sheet - b.sheet || a.last - b.last);
  placeInOrder(warnings, inserted.map((k, order) => ({ at: k.at, order, item: k.warning })));
  // Each entry kept is one group's (groups are made as entries are), with the rows that gave it and their units.
  const droppedGroups = new Set(dropped);
  const keptGroups = groups.filter((group) => !droppedGroups.has(group));
  const sources: ReadingSource[] = keptGroups.map((group) => ({
    target: group.target,
    asOf: group.asOf,
    rows: (byOffice.has(group) ? group.rows.filter((r) => r.unit === undefined) : group.rows).map((r) => ({ file: r.sheet.file, ...(r.sheet.sheet === undefined ? {} : { sheet: r.sheet.sheet }), row: r.row, ...(r.unit === undefined ? {} : { unit: r.unit }) })),
  }));
  const kept = keptGroups.map((group, i) => {
    // The office's figure settling units' (r126 F3): its value and note, of no unit.
    const office = byOffice.get(group);
    if (office) return { target: group.target, value: office.value, asOf: group.asOf, ...(office.note ? { note: office.note } : {}) };
    const units = reportingUnits(sources[i]!.rows);
    return units.length ? { ...entries[group.entry]!, reportedBy: units } : entries[group.entry]!;
  });
  const asOf = options.asOf ?? [...kept, ...disputes].reduce<string | undefined>((latest, e) => (latest === undefined || e.asOf! > latest ? e.asOf : latest), undefined);
  // No reading left (every row refused), --as-of given or not: no report, not one without entries, unless units' figures
  // that differ are all it holds (r126 F1: the dispute is recorded, as beside readings, F292), each dated unless at the
  // report's date.
  const undated = <R extends { readonly asOf?: string }>({ asOf: date, ...rest }: R) => (date === asOf ? rest : { ...rest, asOf: date! });
  const recorded = disputes.map(undated);
  const report =
    asOf === undefined || !(kept.length || recorded.length) ? undefined : { plan: plan.id, asOf, entries: kept.map(undated), ...(recorded.length ? { disputes: recorded } : {}) };
  // Rows standing before their targets' deadline in a report dated past it (r100 M4), after the sheets' other warnings.
  if (report) {
    const withBase = options.appendTo ? [...options.appendTo.entries.map((e) => ({ ...e, asOf: e.asOf ?? options.appendTo!.asOf })), ...kept] : kept;
    warnings.push(...beforeDeadlineRows({ ...report, asOf: reportDate! > report.asOf ? reportDate! : report.asOf, entries: withBase }, plan, sources, lang, today));
  }
  return { report, problems, warnings, accepted: kept.length, rejected, hiddenSheets, perSheet: perSheet.filter((s) => s.accepted > 0), unreadColumns, skippedSheets, heldBack: heldBackInBase, disputes, sources };
}

