/**
 * The date an imported report stands at is its latest reading's, unless `--as-of` gives one: a single row dated
 * later than the rest (2024-03-31 typed for 2023-06-30, or one unit reporting a quarter ahead) moved the whole report
 * there with no word. This finds that case, for the import to say it.
 */
import type { ProgressReport } from '../progress-report.js';
import { indexPlan } from '../plan-index.js';
import type { Plan } from '../schema.js';
import { notReportedBy } from './diff-reports.js';
import { entryDate } from './entry-date.js';
import type { ReadingSource, SourceRow } from './reading-sources.js';

/** The report's date when fewer readings stand at it than at its most common earlier date; else `undefined`. */
export interface LoneReportDate {
  /** The report's date, and the targets read at it. */
  readonly asOf: string;
  readonly targets: readonly string[];
  /** The date most of the other readings stand at, and how many do. */
  readonly usual: string;
  readonly usualCount: number;
  /**
   * When the plan is given and every target read at the report's date is due before it (a year-end sheet dated the
   * day it was filled in): those targets' deadlines, earliest first. Those readings judge nothing, so `--as-of` would
   * change nothing: the way out is to date them as of the deadline.
   */
  readonly deadlines?: readonly string[];
}

/**
 * Whether few readings set the report's date apart from the date most readings stand at (see {@link LoneReportDate});
 * with the `plan`, whether those readings are all after their targets' deadlines.
 */
export function loneReportDate(report: ProgressReport, plan?: Plan): LoneReportDate | undefined {
  const byDate = new Map<string, string[]>();
  for (const entry of report.entries) {
    const date = entryDate(entry, report);
    const targets = byDate.get(date);
    if (targets) targets.push(entry.target);
    else byDate.set(date, [entry.target]);
  }
  const atReport = byDate.get(report.asOf) ?? [];
  let usual: [string, string[]] | undefined;
  for (const [date, targets] of byDate) if (date !== report.asOf && (!usual || targets.length > usual[1].length)) usual = [date, targets];
  if (!usual || atReport.length >= usual[1].length) return undefined;
  const lone = { asOf: report.asOf, targets: atReport, usual: usual[0], usualCount: usual[1].length };
  const deadlines = deadlinesBefore(atReport, report.asOf, plan);
  return deadlines ? { ...lone, deadlines } : lone;
}

/**
 * Whether every reading of an import (a whole year-end sheet dated the day it was filled in) stands at its report's
 * date and after its target's deadline, with no earlier date in the import for {@link loneReportDate} to set it apart
 * from: the report's date, how many readings, and their targets' deadlines, earliest first; else `undefined`. Those
 * readings judge nothing: the way out is to date them as of the deadline.
 */
export function lateImport(report: ProgressReport, plan: Plan): { readonly asOf: string; readonly count: number; readonly deadlines: readonly string[] } | undefined {
  if (!report.entries.length || report.entries.some((entry) => entryDate(entry, report) !== report.asOf)) return undefined;
  const deadlines = deadlinesBefore(report.entries.map((entry) => entry.target), report.asOf, plan);
  return deadlines && { asOf: report.asOf, count: report.entries.length, deadlines };
}

/**
 * The deadlines of `targets` in `plan`, earliest first, each once, when every one is before `date` (none for no
 * targets); `undefined` when one is not, or a target has no deadline the plan knows (no plan: none has).
 */
function deadlinesBefore(targets: readonly string[], date: string, plan: Plan | undefined): string[] | undefined {
  const byId = plan && indexPlan(plan).targetById;
  const deadlines = targets.map((id) => byId?.get(id)?.deadline);
  return deadlines.every((deadline) => deadline !== undefined && deadline < date) ? [...new Set(deadlines as string[])].sort() : undefined;
}

/** One date of one sheet's rows that {@link earlierRows} finds: the date, the rows and their targets. */
export interface EarlierRows {
  readonly file: string;
  readonly sheet?: string;
  readonly asOf: string;
  readonly rows: readonly number[];
  readonly targets: readonly string[];
}

/**
 * The rows of an import dated before the report's date and their targets' deadline whose readings the report (as
 * written: the import's readings with the report appended to) is judged by: those targets count as not reported this
 * period (本期未報, `notReportedBy`'s rule, the summary's: one home), a statistic that lags a month or a typo alike.
 * Grouped by sheet and date, in the order read. Targets due by the report's date are the `beforeDeadline` warning's.
 */
export function earlierRows(report: ProgressReport, plan: Plan, sources: readonly ReadingSource[], today: string): EarlierRows[] {
  const deadlineOf = new Map(plan.targets.map((t) => [t.id, t.deadline]));
  const groups = new Map<string, { file: string; sheet?: string; asOf: string; rows: { row: SourceRow; target: string }[] }>();
  for (const stale of notReportedBy(report, plan, { today })) {
    if (deadlineOf.get(stale.target)! <= report.asOf) continue;
    for (const row of sources.find((s) => s.target === stale.target && s.asOf === stale.asOf)?.rows ?? []) {
      const key = [row.file, row.sheet ?? '', stale.asOf].join('\u0000');
      const group = groups.get(key) ?? { file: row.file, ...(row.sheet === undefined ? {} : { sheet: row.sheet }), asOf: stale.asOf, rows: [] };
      group.rows.push({ row, target: stale.target });
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ rows, ...group }) => {
    const sorted = rows.sort((a, b) => a.row.row - b.row.row);
    return { ...group, rows: sorted.map((r) => r.row.row), targets: sorted.map((r) => r.target) };
  });
}

/**
 * The sheets whose every reading stands at a lone report date's usual date, when they hold all of its readings and
 * one of their targets is read again at the report's date (五月's sheet kept in the workbook beside 六月's: review
 * r107 M4), in the order read; else `undefined` (two units' sheets of other targets, one dated the day it was sent).
 */
export function sheetsAtUsualDate(lone: LoneReportDate, sources: readonly ReadingSource[]): { file: string; sheet?: string }[] | undefined {
  const key = (row: SourceRow) => `${row.file}\u0000${row.sheet ?? ''}`;
  const dates = new Map<string, Set<string>>();
  const sheets = new Map<string, { file: string; sheet?: string }>();
  for (const source of sources) {
    for (const row of source.rows) {
      dates.set(key(row), (dates.get(key(row)) ?? new Set()).add(source.asOf));
      if (source.asOf === lone.usual) sheets.set(key(row), { file: row.file, ...(row.sheet === undefined ? {} : { sheet: row.sheet }) });
    }
  }
  const whole = [...sheets.keys()].every((k) => dates.get(k)!.size === 1);
  const again = sources.some((s) => s.asOf === lone.usual && lone.targets.includes(s.target));
  return sheets.size && whole && again ? [...sheets.values()] : undefined;
}
