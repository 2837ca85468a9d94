/**
 * A target's readings over time in a progress report, and the latest of them, in a module without zod (the
 * elements read feeds with it). A report's history is its entries: any number per target, each standing at its
 * own `asOf` (else the report's).
 */
import type { ProgressEntry, ProgressReport } from './progress-report.js';
import type { TargetEvaluation } from './evaluate-target.js';
import { settledStatus } from './running-total.js';
import type { Target } from './schema.js';

/** One reading of a target taken from a report: the value, the date it stands at, and the entry's extras. */
export interface ProgressReading {
  /** The value reached, in the target's unit. */
  value: number;
  /** The date the value stands at (ISO `YYYY-MM-DD`). */
  asOf: string;
  /** The entry's remark, if it has one. */
  note?: string;
  /** The entry's baseline, if it gives one. */
  baseline?: number;
}

/**
 * A target's readings in date order, one per date: of entries with the same date, the last one wins (a report
 * `parseProgressReport` passed has none that differ: two values for one date are refused there; `appendPeriod`
 * replaces a corrected one). A level's baseline, given once, holds for the later readings that give none
 * (a report appended from sheets, which have no baseline column). Empty when the report has no entry for the target.
 *
 * @example
 * ```ts
 * const report = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [
 *   { target: 't09.1', value: 2100 },
 *   { target: 't09.1', value: 1500, asOf: '2023-03-31' },
 * ] };
 * progressHistory(report, 't09.1'); // [{ value: 1500, asOf: '2023-03-31' }, { value: 2100, asOf: '2023-06-30' }]
 * ```
 */
export function progressHistory(report: ProgressReport, targetId: string): ProgressReading[] {
  const byDate = new Map<string, ProgressReading>();
  const dateOf = (entry: ProgressEntry): string => entry.asOf ?? report.asOf;
  let baseline: number | undefined;
  // In date order (a stable sort: of one date, the entries' own order), so that a baseline carries forward.
  for (const entry of report.entries.filter((e) => e.target === targetId).sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0))) {
    const asOf = dateOf(entry);
    baseline = entry.baseline ?? baseline;
    byDate.set(asOf, { value: entry.value, asOf, ...(entry.note === undefined ? {} : { note: entry.note }), ...(baseline === undefined ? {} : { baseline }) });
  }
  return [...byDate.values()];
}

/**
 * The latest entry for a target in a report, with the date it stands at (the entry's own `asOf`, else the
 * report's): the last of its {@link progressHistory}. `undefined` when the report has no entry for the target.
 *
 * @example
 * ```ts
 * const report = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [
 *   { target: 't09.1', value: 1500, asOf: '2023-03-31' },
 *   { target: 't09.1', value: 2100 },
 * ] };
 * latestProgress(report, 't09.1'); // { value: 2100, asOf: '2023-06-30' }
 * ```
 */
export function latestProgress(report: ProgressReport, targetId: string): ProgressReading | undefined {
  return progressHistory(report, targetId).at(-1);
}

/**
 * The reading a target is judged by, of its {@link progressHistory}: the last dated on or before the target's
 * deadline, and none when every reading is later (so its latest until the target is due, the report's date on or
 * after its deadline: a valid report has no reading after its own date). A target is judged at its deadline: a later
 * reading stays in the history (the trend) and never makes good a miss or a ceiling kept, nor stands for a figure
 * not reported by the deadline (the next month's, the next quarter's). A year-end figure reported in January is dated
 * at the deadline (the sheet's date column, or `dz-plan progress import --as-of 2023-12-31`), replacing the figure
 * reported there. The one pick of the elements' status and `dz-plan progress diff`'s. `undefined` when there is none
 * to judge by.
 *
 * @example
 * ```ts
 * const history = [{ value: 2200, asOf: '2023-09-30' }, { value: 2950, asOf: '2023-12-31' }, { value: 3010, asOf: '2024-01-15' }];
 * judgedReading(history, { deadline: '2023-12-31' }, { asOf: '2024-01-15' }); // { value: 2950, asOf: '2023-12-31' }
 * judgedReading([history[0], history[2]], { deadline: '2023-12-31' }, { asOf: '2024-01-15' }); // { value: 2200, asOf: '2023-09-30' }
 * judgedReading([history[2]], { deadline: '2023-12-31' }, { asOf: '2024-01-15' }); // undefined
 * ```
 * @param report Not read: the pick depends on the history and the deadline alone. Kept so that existing callers,
 * which pass it, still compile; pass the report anyway (`{ asOf }` will do).
 */
export function judgedReading(
  history: readonly ProgressReading[],
  target: Pick<Target, 'deadline'>,
  report: Pick<ProgressReport, 'asOf'>,
): ProgressReading | undefined {
  // Before the deadline a valid report has no later reading (parseProgressReport refuses one after the report).
  return history.findLast((r) => r.asOf <= target.deadline);
}

/**
 * The reading a target's status is shown for: one dated after `today`, wherever it is in the history (a typo for the
 * year, 2032 for 2023: a problem to say, never hidden behind the reading judged), else its {@link judgedReading}. The
 * one pick of the elements and `diffReports`.
 *
 * @example
 * ```ts
 * readingShown([{ value: 2200, asOf: '2023-09-30' }, { value: 3000, asOf: '2032-06-30' }], { deadline: '2023-12-31' }, { asOf: '2032-06-30' }, '2026-12-03');
 * // { value: 3000, asOf: '2032-06-30' }: evaluating it says the date is after today
 * ```
 */
export function readingShown(
  history: readonly ProgressReading[],
  target: Pick<Target, 'deadline'>,
  report: Pick<ProgressReport, 'asOf'>,
  today: string,
): ProgressReading | undefined {
  return history.find((r) => r.asOf > today) ?? judgedReading(history, target, report);
}

/**
 * Whether a target's reading (its {@link judgedReading}) is dated before the target's deadline and before the
 * calendar month of its report's own date (`asOf`): the target was not reported for this period (a report appended to
 * keeps the last period's reading as the latest), and its status stands at the reading's date, not the report's. A
 * reading of the report's own month is this period's (the period is a month: a figure as of 29 June is June's, in a
 * report of 30 June; review r107 M5); a quarterly report's earlier months are not its own month, so stay stale. A
 * figure dated at the deadline is the final one, not old, in a report dated after it. Given the reading's
 * `evaluation`, a status no later reading can change ({@link settledStatus}: a running total over its ceiling, or met)
 * stands, and the reading is not stale. A change against a base year (較2020年下降12%) is an annual statistic: its
 * figure of the last year-end before the report's year (31 December 2022 in a report of 30 June 2023), after the base
 * year, is the period's, not stale, its status standing at its date; an older year-end's is stale (review r111 F4).
 * The one rule of `dz-plan progress diff`'s and `summary`'s "本期未報", the import's warnings and the elements'.
 *
 * @example
 * ```ts
 * staleReading({ value: 600, asOf: '2023-06-30' }, { deadline: '2023-12-31' }, { asOf: '2023-09-30' }); // true
 * staleReading({ value: 600, asOf: '2023-06-29' }, { deadline: '2023-12-31' }, { asOf: '2023-06-30' }); // false: June's
 * staleReading({ value: 2950, asOf: '2023-12-31' }, { deadline: '2023-12-31' }, { asOf: '2024-01-15' }); // false
 * staleReading({ value: 3100, asOf: '2023-09-30' }, t091, { asOf: '2024-01-15' }, evaluation); // false: 已達成 stands
 * staleReading({ value: 3, asOf: '2022-12-31' }, getTarget('t26.5')!, { asOf: '2023-06-30' }); // false: 2022's figure
 * ```
 */
export function staleReading(
  reading: Pick<ProgressReading, 'asOf'>,
  target: Pick<Target, 'deadline' | 'measure' | 'baselineYear'>,
  report: Pick<ProgressReport, 'asOf'>,
  evaluation?: Pick<TargetEvaluation, 'measure' | 'status' | 'lowerIsBetter'>,
): boolean {
  // The year before the report's: a change against an earlier base year (a change over years) was last figured at its end.
  const lastYear = +report.asOf.slice(0, 4) - 1;
  // Before the report's month ('2023-06-29' < '2023-06' is false: a prefix sorts first).
  return (
    reading.asOf < report.asOf.slice(0, 7) &&
    reading.asOf < target.deadline &&
    !(evaluation && settledStatus(evaluation)) &&
    !(target.measure == 'change' && target.baselineYear! < lastYear && reading.asOf == lastYear + '-12-31')
  );
}
