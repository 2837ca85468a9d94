/**
 * Rows of the sheets that give one target and date a value, resolved once every sheet is read: rows that differ are
 * each a conflict and none is kept; a row after its target's deadline is refused unless a reading the target is judged
 * by stands beside it, and kept, said, when one does. Pure: the import puts what is said in its place.
 */
import { onLine } from '../format-number.js';
import type { ProgressDispute, ProgressReport } from '../progress-report.js';
import type { Language } from '../schema.js';
import { colonIn, describeRows, describeWhere, sheetProblemWords, type SheetProblem, type SheetWarning } from './sheet-problems.js';
import type { Sheet } from './read-sheets.js';
import { readingKey, type DatedReading } from './append-period.js';

/**
 * A row giving a value for a target and date, read while the sheets are: its value, where it is, where its problem goes
 * among the others and its place in the order read, the conflict it is beside another such row, and, dated after its
 * target's deadline, the problem it is if nothing on or before the deadline stands beside it.
 */
export interface SheetReading {
  readonly value: number;
  readonly where: string;
  /** The sheet the row is in, and its number there. */
  readonly sheet: Sheet;
  readonly row: number;
  /** The id of the unit the sheet is for (its line above the header names it), if it is one unit's. */
  readonly unit?: string;
  /** The row's note, if it has one. */
  readonly note?: string;
  readonly at: number;
  readonly order: number;
  /**
   * The conflict beside `other`, more than two values given or not, of the case its rows make ({@link ConflictCase},
   * decided once by {@link resolveConflicts}), with the report's value at the date when it has one.
   */
  readonly conflict: (other: SheetReading, many: boolean, of: ConflictCase, report?: number) => SheetProblem;
  readonly afterDeadline?: SheetProblem;
  /** {@link afterDeadline} when the target's reading by the deadline is held back as a conflict. */
  readonly afterConflict?: SheetProblem;
}

/**
 * A late row kept (`pastDeadline`): its warning, where it goes among the warnings, its sheet's place, its date and
 * deadline, and, dated within the plan's period, its warning if kept with no reading as of the deadline (`lateOnly`).
 */
export interface LateRowKept {
  readonly warning: SheetWarning;
  readonly alone?: SheetWarning;
  readonly at: number;
  readonly sheet: number;
  readonly asOf: string;
  readonly deadline: string;
}

/**
 * Each target and date given a value, by its first row's entry: every row giving it a value, in the order read (a
 * conflict when they differ), the notes of the rows that agree, the first row's sheet's count of readings, and, for a
 * date after the target's deadline, the warning the first row is if kept (`pastDeadline`).
 */
export interface ReadingGroup {
  readonly target: string;
  readonly asOf: string;
  readonly entry: number;
  readonly rows: SheetReading[];
  readonly notes: string[];
  readonly sheet: { accepted: number };
  readonly kept?: LateRowKept;
}

/**
 * Whose figures a conflict's rows are, decided from the rows alone: all in one sheet (`typedTwice`: an id typed twice,
 * t09.4 for t09.2, not two units' figures, r68 M4; the rows' numbers in `rows`), all in sheets of one unit
 * (`sameUnitTwice`: a sheet sent again, corrected; the unit's id, r69 M4), else two units' or more (`units`) to agree.
 */
export type ConflictCase =
  | { readonly kind: 'typedTwice'; readonly rows: readonly number[] }
  | { readonly kind: 'sameUnitTwice'; readonly unit: string }
  | { readonly kind: 'units' };

/** The {@link ConflictCase} of a conflict's rows (in the order read). */
function conflictCase(rows: readonly SheetReading[]): ConflictCase {
  const [first] = rows as [SheetReading, ...SheetReading[]];
  if (rows.every((r) => r.sheet === first.sheet)) return { kind: 'typedTwice', rows: rows.map((r) => r.row) };
  return first.unit !== undefined && rows.every((r) => r.unit === first.unit) ? { kind: 'sameUnitTwice', unit: first.unit } : { kind: 'units' };
}

/**
 * Who is to settle a held-back reading's figure when it is not the units whose sheets disagree, as the conflict's rows
 * say it: the target ids of one sheet that gives the target twice (`typedTwice`: an id mistyped), or the one unit
 * whose sheets disagree (`sameUnitTwice`: the unit's id).
 */
export type HeldBackSettler = { readonly by: 'targetIds' } | { readonly by: 'unit'; readonly unit: string };

/** A reading of the report appended to, held back at a conflict: with {@link HeldBackSettler} unless the units are to settle it. */
export interface HeldBackReading extends DatedReading {
  readonly settle?: HeldBackSettler;
}

/** What {@link resolveConflicts} found. */
export interface ResolvedConflicts {
  /** Each refused row's problem, with where it goes among the problems and its place in the order read. */
  readonly said: readonly { readonly at: number; readonly order: number; readonly problem: SheetProblem }[];
  /** The late rows kept, each said (`pastDeadline`). */
  readonly keptLate: readonly LateRowKept[];
  /** The groups none of whose rows is kept. */
  readonly dropped: readonly ReadingGroup[];
  /** The readings of the report appended to at a target and date the rows conflict on, held back with them (F83). */
  readonly heldBack: readonly HeldBackReading[];
  /**
   * The groups of `dropped` whose rows are units' figures that differ (each row a unit's sheet's, two units or more),
   * as the report records them (F292: as `--into` does, r121 F1), each dated, in the order read.
   */
  readonly disputes: readonly (ProgressDispute & { readonly asOf: string })[];
  /**
   * The groups kept whose units' figures differ from the office's own beside them (rows of a sheet of no unit, all of
   * one value): each with the office's first row, whose figure is the group's (r126 F3: as `--into` settles a dispute).
   */
  readonly byOffice: ReadonlyMap<ReadingGroup, SheetReading>;
}

/** The office's first row of `group` when it settles the units' figures: rows of no unit all of one value, beside a unit's. */
function officeRowOf(group: ReadingGroup): SheetReading | undefined {
  const office = group.rows.filter((r) => r.unit === undefined);
  const [first] = office;
  return first && office.length < group.rows.length && office.every((r) => onLine(r.value, first.value)) ? first : undefined;
}

/**
 * Rows of one target and date giving different values: none is kept, as neither unit's figure is known to be right
 * (review r57 M1; the first row kept made the order of the files choose the figure published). Each is a conflict.
 * A late row with no reading as of the deadline is kept when dated within the plan's period (`kept.alone`, r100 M1: a
 * figure reported late, said `lateOnly`), unless the reading as of the deadline is held back as a conflict.
 * Values equal but for a float's rounding (`onLine`: 1700 and 0.17萬) agree (r58 M1). `base`: the report appended to;
 * `deadlineOf`: a target id's deadline.
 */
export function resolveConflicts(groups: readonly ReadingGroup[], base: ProgressReport | undefined, deadlineOf: (id: string) => string | undefined): ResolvedConflicts {
  // Decided once per group: each decision reads every row of it.
  // The office's own figure beside units' settles them (r126 F3): the group is kept at it, no conflict.
  const byOffice = new Map(groups.flatMap((group) => {
    const row = group.rows.some((r) => !onLine(r.value, group.rows[0]!.value)) ? officeRowOf(group) : undefined;
    return row ? [[group, row] as const] : [];
  }));
  const differing = new Set(groups.filter((group) => !byOffice.has(group) && group.rows.some((r) => !onLine(r.value, group.rows[0]!.value))));
  const differs = (group: ReadingGroup) => differing.has(group);
  // A row dated after its target's deadline is kept for the history only beside a reading the target is judged by (on
  // or before the deadline, in the sheets, not held back as a conflict, or in the report appended to): alone, the page
  // would show no progress at all. Refused so, it takes no part in a conflict.
  // The report's reading at a target and date whose rows conflict is held back with them (F83): it judges nothing.
  const inBase = new Map(base?.entries.map((e) => [readingKey(e.target, e.asOf ?? base.asOf), { target: e.target, value: e.value, asOf: e.asOf ?? base.asOf }]));
  const conflicting = new Set(groups.filter(differs).map((group) => readingKey(group.target, group.asOf)));
  const judged = new Set([
    ...groups.filter((group) => !group.rows[0]!.afterDeadline && !differs(group)).map((group) => group.target),
    ...[...inBase.entries()].filter(([key, r]) => !conflicting.has(key) && r.asOf <= (deadlineOf(r.target) ?? '')).map(([, r]) => r.target),
  ]);
  // Targets whose reading by the deadline is held back as a conflict: a late row refused says so (r58 L1).
  const heldBack = new Set(groups.filter((group) => !group.rows[0]!.afterDeadline && differs(group)).map((group) => group.target));
  const said: { readonly at: number; readonly order: number; readonly problem: SheetProblem }[] = [];
  const keptLate: LateRowKept[] = [];
  const dropped: ReadingGroup[] = [];
  const heldBackInBase: HeldBackReading[] = [];
  const disputes: (ProgressDispute & { asOf: string })[] = [];
  for (const group of groups) {
    const alone = !!group.rows[0]!.afterDeadline && !judged.has(group.target);
    const refused = alone && (!group.kept?.alone || heldBack.has(group.target));
    if (!refused && !differs(group)) {
      // A late row kept is said all the same (`pastDeadline`): it judges nothing, and the page shows the target by its
      // earlier reading; alone, as a figure reported late (`lateOnly`), the target not reported by its deadline.
      if (group.kept) keptLate.push(alone ? { ...group.kept, warning: group.kept.alone! } : group.kept);
      continue;
    }
    // Each row named with the first other row that gives another value; more than two values said without a count.
    // Three values tell that there are more than two: counted no further (r77 H1: a copy per value of 200,000 rows).
    const values: number[] = [];
    for (const r of group.rows) {
      if (values.length > 2) break;
      if (!values.some((v) => onLine(r.value, v))) values.push(r.value);
    }
    // The first row of another value than a row's: the group's first row, or for a row of its value the first row of
    // another; found once, where a search per row made 200,000 rows of one target compare 2·10¹⁰ pairs (F193).
    const [first] = group.rows as [SheetReading, ...SheetReading[]];
    const firstOther = group.rows.find((o) => !onLine(o.value, first.value))!;
    const otherThan = (r: SheetReading) => (onLine(first.value, r.value) ? firstOther : first);
    const late = (r: SheetReading) => (heldBack.has(group.target) ? r.afterConflict! : r.afterDeadline!);
    const inReport = refused ? undefined : inBase.get(readingKey(group.target, group.asOf));
    const of = conflictCase(group.rows);
    // The report's reading held back is settled as the rows' conflict says (F146): the ids checked, or the unit asked.
    const settle: HeldBackSettler | undefined = of.kind === 'typedTwice' ? { by: 'targetIds' } : of.kind === 'sameUnitTwice' ? { by: 'unit', unit: of.unit } : undefined;
    if (inReport) heldBackInBase.push(settle ? { ...inReport, settle } : inReport);
    for (const r of group.rows) {
      const problem = refused ? late(r) : r.conflict(otherThan(r), values.length > 2, of, inReport?.value);
      said.push({ at: r.at, order: r.order, problem });
    }
    dropped.push(group);
    if (!refused && of.kind === 'units' && group.rows.every((r) => r.unit !== undefined)) disputes.push({ target: group.target, asOf: group.asOf, figures: figuresOf(group.rows) });
  }
  return { said, keptLate, dropped, heldBack: heldBackInBase, disputes, byOffice };
}

/** Each value the rows give (those equal but for a float's rounding one), with the units that gave it, in the order read. */
function figuresOf(rows: readonly SheetReading[]): ProgressDispute['figures'] {
  const figures: { value: number; reportedBy: string[] }[] = [];
  for (const r of rows) {
    const figure = figures.find((f) => onLine(f.value, r.value)) ?? figures[figures.push({ value: r.value, reportedBy: [] }) - 1]!;
    if (!figure.reportedBy.includes(r.unit!)) figure.reportedBy.push(r.unit!);
  }
  return figures;
}

/**
 * The late rows kept (`pastDeadline`, or `lateOnly` with no reading as of the deadline) as said: the rows of one sheet
 * sharing a warning, a date and a deadline (a year-end sheet dated in January, 158 rows) as one warning of the sheet
 * naming them (`rows`, as `hiddenRows`), at the first one's place; a row alone with its own.
 */
export function sheetsOfLateRows<K extends { readonly warning: SheetWarning; readonly at: number; readonly asOf: string; readonly deadline: string }>(kept: readonly K[], lang: Language): K[] {
  const groups = new Map<string, K[]>();
  for (const k of kept) {
    const key = [k.warning.code, k.warning.file, k.warning.sheet ?? '', k.asOf, k.deadline].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  }
  const words = sheetProblemWords[lang];
  const colon = colonIn(lang);
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const [first] = group as [K, ...K[]];
    const rows = group.map((k) => k.warning.row!);
    const where = describeWhere({ file: first.warning.file, sheet: first.warning.sheet }, lang);
    const { row: _row, text: _text, ...sheet } = first.warning;
    const said = first.warning.code === 'lateOnly' ? words.lateOnlyRows : words.pastDeadlineRows;
    const detail = `${describeRows(rows, lang)}${colon}${said(first.asOf, first.deadline)}`;
    return { ...first, warning: { ...sheet, rows, message: `${where}${colon}${detail}` } };
  });
}
