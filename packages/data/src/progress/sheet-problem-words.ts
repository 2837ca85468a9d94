/**
 * The words of a progress sheet's problems and warnings (`sheet-problems.ts`), as each language's file writes them
 * (`sheet-problem-words-zh-hant.ts`, `-zh-hans.ts`, `-en.ts`): their shape, and what they share.
 */

/** What a row gives, as typed: its value, date and note (`''` where it gives none). */
export interface RowGiven {
  readonly value: string;
  readonly date: string;
  readonly note: string;
}

/**
 * A row's value, then its date and note in brackets where it gives them: `1(2023-06-28,備註「…」)`, `1 (2023-06-28,
 * note "…")`. In Chinese a bare value ends with a space (`所填 1 未匯入`), as a bracket closes it otherwise.
 */
export function givenText(row: RowGiven, note: (text: string) => string, en = false): string {
  const more = [row.date, row.note && note(row.note)].filter(Boolean).join(en ? ', ' : ',');
  if (en) return more ? `${row.value} (${more})` : row.value;
  return more ? `${row.value}(${more})` : `${row.value} `;
}

/**
 * A unit line's name followed by a second label in its cell (`市水利局    填報時間:2023年10月8日`): the name before it
 * and the label's text, said as what to move (r127 L2: the whole was said to be no unit of the plan); else `undefined`.
 */
export function secondLabel(name: string): { readonly unit: string; readonly label: string } | undefined {
  const parts = /^(.+?)\s+([^\s:：]{2,8}[:：].*)$/u.exec(name);
  return parts ? { unit: parts[1]!, label: parts[2]! } : undefined;
}

/** The words of the problems that are not a `ReadingProblem`, and of the warnings, in one language. */
export interface SheetProblemWords {
  readonly unreadable: (reason: string) => string;
  readonly noHeader: (example: string) => string;
  /**
   * A sheet with no header row but target ids, beside a sheet of the workbook that has the table (a 說明 sheet: t16.1
   * 含續建項目5項): its rows with ids (`rows`, as `describeRows` says them), the ids, the table's sheet and its note and
   * value headers, as that sheet writes them (r87 L10). `ids`: the first ten, `more` the count of the rest.
   */
  readonly notesSheet: (rows: string, ids: readonly string[], more: number, table: string, noteHeader: string, valueHeader: string) => string;
  readonly missingColumn: (header: string) => string;
  readonly datesUnread: (header: string, found: string) => string;
  /** The value column renamed (1-6月完成值), its values not read; `unit`: the unit its header names (完成值(萬元)). */
  readonly valuesUnread: (header: string, found: string, unit: string | undefined) => string;
  /** The id column renamed (目標編號, 編號) in a row with the template's other headers, its ids not read (r127 F3). */
  readonly idsUnread: (header: string, found: string) => string;
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
  /** {@link SheetProblemCode} `unnamedUnit`: how many rows of the sheet give a value. */
  readonly unnamedUnit: (given: number) => string;
  /** {@link SheetProblemCode} `blankUnitLine`: how many rows of the sheet give a value, and the line to write (`填報單位:…`). */
  readonly blankUnitLine: (given: number, line: string) => string;
  /**
   * {@link SheetProblemCode} `workbookUnits`: the names the other sheets' lines give (as written), how many rows of the
   * sheet give a value, and the line to write (`填報單位:…`).
   */
  readonly workbookUnits: (names: readonly string[], given: number, line: string) => string;
  /** A row dated after its target's deadline whose reading as of the deadline is held back as a conflict (r58 L1). */
  readonly afterDeadlineConflict: (date: string, deadline: string) => string;
  /** A row dated after its target's deadline, kept for the history only beside a reading on or before the deadline. */
  readonly pastDeadline: (date: string, deadline: string) => string;
  /** Rows of one sheet dated after their targets' deadline, all one date and one deadline, kept as {@link pastDeadline}: after the rows in words. */
  readonly pastDeadlineRows: (date: string, deadline: string) => string;
  /**
   * A row dated after its target's deadline within the plan's period, with no reading as of the deadline (r100 M1: 12月
   * 完成第6個 of a target due 6月底前): kept as a figure reported late; the target is judged not reported by its deadline.
   */
  readonly lateOnly: (date: string, deadline: string) => string;
  /** Rows of one sheet kept as {@link lateOnly}, all one date and one deadline: after the rows in words. */
  readonly lateOnlyRows: (date: string, deadline: string) => string;
  /**
   * Rows of one sheet dated before their targets' deadline in a report dated on or after it (r100 M4: a sheet of 11-30 in
   * the year-end report): not the figures as of the deadline; after the rows in words, their date, the deadline, the
   * report's date.
   */
  readonly beforeDeadline: (date: string, deadline: string, asOf: string) => string;
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
  /** The warning `fractionalCount`: the target, the figure read (`0.5`), the classifier (`個`) and its English noun (`centres`). */
  readonly fractionalCount: (id: string, value: string, classifier: string, noun: string) => string;
  /** The warning `totalForEach`: the target, its set as the plan names it (`縣(市、區)`) and the note (`全市已建成11家`). */
  readonly totalForEach: (id: string, set: string, note: string) => string;
  /** {@link SheetProblemCode} `bareShare`: the text written (as typed: `４`, `4.0`), the set's noun (`縣(市、區)`) and the number it reads as (`4`). */
  readonly bareShare: (text: string, noun: string, number: string) => string;
  /**
   * {@link SheetProblemCode} `signedTotal`: the text written (`+30`, `增加12`), the number without its sign or words, the
   * day the total is counted from (the plan's period start), and whether it is a sign (`+30`) or words of an increase.
   */
  readonly signedTotal: (text: string, number: string, start: string, signed: boolean) => string;
  /**
   * {@link SheetProblemCode} `periodBeforeValue`: the text written (`1-6月2000`), the period (`1-6月`), the value
   * (`2000`) and the note column's header.
   */
  readonly periodBeforeValue: (text: string, period: string, number: string, noteHeader: string) => string;
  /**
   * {@link SheetProblemCode} `monthForTotal`: the target, the day its total is counted from, the note, the figure (as
   * the language writes numbers) and the row's date.
   */
  readonly monthForTotal: (id: string, start: string, note: string, value: string, asOf: string) => string;
  /** {@link SheetProblemCode} `pointsForPercent`: the text written; the words give no figure, which would read as its conversion (r87 L9). */
  readonly pointsForPercent: (text: string) => string;
  /** {@link SheetProblemCode} `otherPlan`: the plan's id, the rows compared, how many of them agree. */
  readonly otherPlan: (plan: string, rows: number, agreeing: number) => string;
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
  /** A sum typed without Excel's `=` (`12.5+3`), refused: as typed, and the figure it adds up to. */
  readonly sumWritten: (text: string, total: string) => string;
  /** A negative in an accountant's brackets (`(12)`), refused: as typed, and the number in the brackets. */
  readonly bracketedNegative: (text: string, number: string) => string;
  /** A date without its year (`9月30日`): as typed, and the whole date in the year of the sheet's other rows, if known. */
  readonly dateWithoutYear: (text: string, date: string | undefined) => string;
  /** A remark or a footer under the table, in any column (no id, no figure), skipped: its text, each cell's once. */
  readonly remarkOnly: (text: string) => string;
  /** An Excel comment on a value, date or note cell, not read: the comment, and the note column's header. */
  readonly cellComment: (comment: string, noteHeader: string) => string;
  /** An Excel comment on a value, date or note cell of a row hidden in Excel, skipped: as {@link cellComment}. */
  readonly hiddenRowComment: (comment: string, noteHeader: string) => string;
  /** An Excel comment on a row with nothing else, skipped: as {@link cellComment}. */
  readonly emptyRowComment: (comment: string, noteHeader: string) => string;
  /** Rows hidden in Excel, skipped: the rows in words (`describeRows`). */
  readonly hiddenRows: (rows: string) => string;
  /** The line above the header naming the sheet's unit hidden in Excel, read all the same: the unit's name. */
  readonly hiddenUnitLine: (unit: string) => string;
  /** A sheet with no unit line read as its workbook's unit's (r127 F1): the unit's name. */
  readonly workbookUnit: (unit: string) => string;
  /** Rows hidden under an autofilter, by it or by hand, read (r127 F2): the rows in words (`describeRows`). */
  readonly filteredRows: (rows: string) => string;
  /**
   * A unit's sheets without a value for some targets it leads, none given by any sheet of the import: the unit's name,
   * how many it leads, the ids without one, and of them those whose deadline the report's date has reached (r100 L5:
   * to be reported, not to be ignored).
   */
  readonly unreported: (unit: string, led: number, ids: readonly string[], due: readonly string[]) => string;
  /** A target to reduce read below zero: its id, the value, the fall it would be with its unit (`3.1%`), and as a number. */
  readonly negativeChange: (id: string, value: string, fall: string, number: string) => string;
  readonly mergedValue: (range: string, rows: number) => string;
  readonly formulaNoResult: (formula: string) => string;
  /** {@link SheetProblemCode} `formulaError`: the error value the cell shows (`#REF!`). */
  readonly formulaError: (error: string) => string;
  readonly duplicateColumn: (header: string, columns: readonly string[]) => string;
  /** A CSV value split by its thousands commas: the value with them (`1,200`), and how many cells it was split into. */
  readonly thousandsSplit: (value: string, cells: number) => string;
  readonly hiddenSheet: (veryHidden: boolean) => string;
}
