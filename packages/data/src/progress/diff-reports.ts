/** What changed between two progress reports: `dz-plan progress diff old.json new.json`. */
import { shownIn } from '../english-fallback.js';
import { judgedReading, readingShown, staleReading, type ProgressReading } from '../latest-progress.js';
import { contradictedBy, totalFalls } from '../running-total.js';
import { lateReading } from './late-reading.js';
import { judgeOne, withStatus, type ReadingWithStatus } from './diff-judged.js';
import { carriesReadings, revisedReadings, type RevisedReading } from './diff-revisions.js';
import { progressHistories } from './histories.js';
import { isoDateTime, notIsoDate } from '../iso-date.js';
import { languageOption } from '../library-inputs.js';
import { latestIsoDate } from '../local-date.js';
import type { Status } from '../messages.js';
import type { ProgressReport } from '../progress-report.js';
import type { Language, Plan, Target } from '../schema.js';

export type { ReadingWithStatus } from './diff-judged.js';

/** Options of {@link diffReports}. */
export interface DiffReportsOptions {
  /**
   * Today, `YYYY-MM-DD`: a reading dated after it is not judged (its `problem` is `afterToday`), as the import
   * refuses it. Default: the date where it is latest on Earth when the diff runs (`latestIsoDate()`), as the elements,
   * the import and `dz-plan progress` judge: a reading dated today in Dezhou is judged on a server whose clock says UTC.
   * A date that is not a real ISO date (`2023/07/01`) is a `RangeError`.
   */
  readonly today?: string;
  /**
   * The language of each reading's `sentence`, as the library's other options name it (`evaluateTarget`,
   * `progressTemplate`): read as `resolveLanguage` reads a tag (`zh-CN` is zh-Hans, `fr` English). Default zh-Hant. Not
   * read when the language is given before the options (`diffReports(a, b, plan, 'en', options)`, the older form).
   */
  readonly lang?: Language;
}

/** One target whose judged reading ({@link judgedReading}) differs between two reports. */
export interface ReportChange {
  /** The target's id. */
  readonly target: string;
  /** Its judged reading in the old report; `undefined` when it had none. */
  readonly before: ReadingWithStatus | undefined;
  /** Its judged reading in the new report; `undefined` when it has none. */
  readonly after: ReadingWithStatus | undefined;
  /** Whether the status differs (a reading added or removed counts as a change of status). */
  readonly statusChanged: boolean;
  /**
   * Which way the status moved, as a supervision office ranks them (met, on track, the warnings and not yet at target,
   * the alerts, and last the deadline missed): `better` (進度滯後 → 進度正常), `worse` (進度正常 → 嚴重滯後, 嚴重滯後 → 未達成);
   * absent when it did not move in rank (two warnings of different kinds), either side has no rank (none, not
   * started, pending, not judged), or the new reading contradicts an earlier one ({@link ReportChange.contradicts}).
   * A published figure revised ({@link ReportChange.revised}) leaves it: the status compared moved all the same (r73 M2).
   */
  readonly direction?: 'better' | 'worse';
  /** The same date with another value: a reading corrected, not progress made. */
  readonly correction?: true;
  /**
   * A total built up over the year read lower than in the old report, at a later date (`totalFalls`, the import's
   * check): a figure to check. The new reading contradicts the old one: it is not judged (its `problem` is
   * `belowEarlier`), and the change has no direction.
   */
  readonly totalFalls?: true;
  /**
   * The new reading contradicts an earlier one of a running total: it is not judged (its `problem` is `belowEarlier`),
   * or it is below the old report's ({@link ReportChange.totalFalls}). Neither better nor worse (no `direction`): a
   * figure to check, `≠` in `dz-plan progress diff`, counted as a contradiction.
   */
  readonly contradicts?: true;
  /**
   * A figure to check: the new reading contradicts an earlier one ({@link ReportChange.contradicts}), or the new report
   * revises a reading the old one published ({@link ReportChange.revised}), or both. Kept as it was for compatibility;
   * read `contradicts` and `revised` to tell them apart (a revision keeps the change's `direction`).
   */
  readonly contradiction?: true;
  /**
   * A reading the new report adds before its judged one that the judged reading contradicts ({@link contradictedBy}: a
   * running total read lower after it), absent from the old report at that date with that value: a one-off (建成…1個)
   * reported 0 on 30 June, then done (1) dated 28 June by a later import. A change to review though the judged reading
   * be the same in both reports: listed, with {@link ReportChange.contradicts}.
   */
  readonly addedBefore?: ProgressReading;
  /**
   * The readings of the old report, a figure already published, that the new one gives another value at their date
   * (`after`), or, when it carries the old one's readings (a report appended to), no longer has (removed: no `after`),
   * in date order: June's 56 re-dated 58 by September's import, behind September's 78, which the diff compares. A
   * change to review though the judged reading be the same in both reports: listed, with
   * {@link ReportChange.contradiction}. The judged reading corrected at its own date is {@link ReportChange.correction}
   * instead. Absent when none.
   */
  readonly revised?: readonly RevisedReading[];
  /**
   * The new report's reading dated after the target's deadline, when the target is judged at its deadline (review r100
   * M1: 12月完成第6個 of a target due 6月底前): a figure reported late, said beside the judged one (`after`: the figure as
   * of the deadline, `undefined` when none was reported by then, 截至完成時限未報送), never making good a miss nor standing
   * for a figure the deadline did not have. The latest reading dated by today, when after the deadline (`lateReading`);
   * absent when none, and the change listed for it alone when the old report did not have it.
   */
  readonly late?: ProgressReading;
  /**
   * The new report's judged reading is dated before the target's deadline and the report is dated on or after it
   * (review r100 M4: 11-30's 650萬噸 in the year-end report): not the figure as of the deadline, not reported this period
   * ({@link notReportedBy}'s rule). Its status at its own date is not compared with the old one: no `direction`. Not
   * said of a reading corrected at its own date ({@link ReportChange.correction}): the two figures of one date compare.
   */
  readonly stale?: true;
}

/**
 * Each status's rank for {@link ReportChange.direction}, as a supervision office ranks them: higher is better; none
 * (`undefined`) for not started and pending, which judge nothing yet. A missed deadline ranks below the other alerts:
 * it is final, where seriously behind or a ceiling exceeded may still be made good. Not yet at target is neutral in
 * colour (it judges no pace), but ranks with the warnings: short of the target, it is worse than at it (a level fallen
 * back below it) and better than seriously behind. A table, so a new status must be given its rank.
 */
const statusRanks: Readonly<Record<Status, number | undefined>> = {
  met: 3,
  onTrack: 2,
  behind: 1,
  overPace: 1,
  aboveBand: 1,
  belowTarget: 1,
  seriouslyBehind: 0,
  overCeiling: 0,
  missed: -1,
  notStarted: undefined,
  pending: undefined,
};

/** Which way a status moved, if both have a rank and it differs. */
function directionOf(before: Status | undefined, after: Status | undefined): ReportChange['direction'] {
  const [b, a] = [before && statusRanks[before], after && statusRanks[after]];
  return b === undefined || a === undefined || a === b ? undefined : a > b ? 'better' : 'worse';
}

/**
 * The targets whose reading ({@link judgedReading}) is dated before the earlier of the report's own date (`asOf`) and
 * the target's deadline ({@link staleReading}), in plan order: not reported for this period (a report appended to with
 * `--into` keeps the last period's reading as the latest). A reading whose status no later reading can change (a
 * running total over its ceiling, or met: `settledStatus`) stands, and is not listed; nor is one that contradicts an
 * earlier reading ({@link contradictedBy}), which is not judged. `options.today` as {@link diffReports}'.
 */
export function notReportedBy(report: ProgressReport, plan: Plan, options: DiffReportsOptions = {}): { readonly target: string; readonly asOf: string }[] {
  const histories = progressHistories(report);
  const today = options.today ?? latestIsoDate();
  return plan.targets.flatMap((target) => {
    const history = histories.get(target.id) ?? [];
    const reading = judgedReading(history, target, report);
    if (!reading || !staleReading(reading, target, report)) return [];
    const judged = judgeOne(plan, target, reading, history, 'zh-Hant', today);
    return judged.problem?.code === 'belowEarlier' || (judged.evaluation && !staleReading(reading, target, report, judged.evaluation)) ? [] : [{ target: target.id, asOf: reading.asOf }];
  });
}

/** Whether two readings, or their absence, are the same: the same date and value. */
const sameReading = (a: ProgressReading | undefined, b: ProgressReading | undefined): boolean => (!a && !b) || (!!a && !!b && a.asOf === b.asOf && a.value === b.value);

/**
 * The reading of `newHistory` before `reading` that `reading` contradicts ({@link contradictedBy}), when `oldHistory`
 * has no reading at its date with its value: added (or changed) since the old report. `undefined` otherwise.
 */
function addedBefore(oldHistory: readonly ProgressReading[], newHistory: readonly ProgressReading[], reading: ProgressReading, target: Target): ProgressReading | undefined {
  const earlier = contradictedBy(newHistory, reading, target);
  return earlier && !oldHistory.some((r) => r.asOf === earlier.asOf && r.value === earlier.value) ? earlier : undefined;
}

/**
 * The targets whose judged value or date ({@link readingShown}: one dated after today, else the latest, or once due
 * the last by the deadline) differs between two reports, or whose judged reading in the new report is contradicted by
 * a reading added before it ({@link ReportChange.addedBefore}), or one of whose readings in the old report the new
 * one corrects or removes ({@link ReportChange.revised}), in plan order, each with the status of both readings: the value
 * changed, a reading added or removed, and whether the status moved. Each status is the one the plan API's
 * `evaluateTarget` gives and the elements show, paced from the plan's `period.start`. A reading that cannot be
 * judged (dated after `today`, before the plan's period, a rate over 100%…) has no status and says why in `problem`
 * and `sentence`, in the language of `options.lang` ({@link DiffReportsOptions.lang}).
 *
 * @example
 * ```ts
 * diffReports(march, june, dezhouPlan, { lang: 'en' }).filter((c) => c.statusChanged).map((c) => c.target);
 * ```
 * @throws RangeError when `options.today` is not a real ISO date, or a target cannot be evaluated at all (its
 *   deadline is not a date): a reading that cannot be judged is a change's `problem`, not an error.
 */
export function diffReports(before: ProgressReport, after: ProgressReport, plan: Plan, options?: DiffReportsOptions): ReportChange[];
/**
 * {@link diffReports} with the language given before the options, the older form, kept: `language` is read as
 * `resolveLanguage` reads a tag (`zh-CN` is zh-Hans, `fr` English); left out (`undefined`), `options.lang` is read.
 *
 * @example
 * ```ts
 * diffReports(march, june, dezhouPlan, 'en', { today: '2023-07-01' });
 * ```
 */
export function diffReports(before: ProgressReport, after: ProgressReport, plan: Plan, language: Language | undefined, options?: DiffReportsOptions): ReportChange[];
export function diffReports(
  before: ProgressReport,
  after: ProgressReport,
  plan: Plan,
  languageOrOptions?: Language | DiffReportsOptions,
  optionsAfterLanguage: DiffReportsOptions = {},
): ReportChange[] {
  const options = typeof languageOrOptions === 'object' && languageOrOptions !== null ? languageOrOptions : optionsAfterLanguage;
  const lang = languageOption(typeof languageOrOptions === 'string' ? languageOrOptions : options.lang, 'zh-Hant');
  const today = options.today ?? latestIsoDate();
  isoDateTime(today) ?? notIsoDate('today', today);
  const changes: ReportChange[] = [];
  const histories = { before: progressHistories(before), after: progressHistories(after) };
  const removals = carriesReadings(histories.before, histories.after);
  // Judged on the plan as shown in the language: a sentence names a metric not yet in English in the document's script,
  // not an empty one (` of 0: …`, F158).
  const shown = shownIn(plan, lang);
  // Due by the new report's date and judged by an older reading: not reported this period (r100 M4), not compared.
  const staleAfter = new Set(notReportedBy(after, plan, { today }).map((s) => s.target));
  for (const target of shown.targets) {
    const [oldHistory, newHistory] = [histories.before.get(target.id) ?? [], histories.after.get(target.id) ?? []];
    const [old, now] = [readingShown(oldHistory, target, before, today), readingShown(newHistory, target, after, today)];
    const correction = !!old && !!now && old.asOf === now.asOf && old.value !== now.value;
    // The judged reading corrected at its own date is said as a correction; every other reading revised, here.
    const revised = revisedReadings(oldHistory, newHistory, removals).filter((r) => !(correction && r.asOf === old!.asOf));
    const late = lateReading(newHistory, target, today);
    const lateAdded = !!late && !sameReading(late, lateReading(oldHistory, target, today));
    if (!old && !now && !revised.length && !lateAdded) continue;
    const added = now && addedBefore(oldHistory, newHistory, now, target);
    if (old && now && old.value === now.value && old.asOf === now.asOf && !added && !revised.length && !lateAdded) continue;
    const judge = (reading: ProgressReading | undefined, history: readonly ProgressReading[]): ReadingWithStatus | undefined =>
      reading && withStatus(shown, target, reading, history, lang, today);
    const [b, a] = [judge(old, oldHistory), judge(now, newHistory)];
    const falls = !!old && !!now && totalFalls(target, old, now);
    const contradicts = falls || a?.problem?.code === 'belowEarlier';
    // A reading corrected at its own date is compared with what it was (`correction`), not said stale.
    const stale = !correction && staleAfter.has(target.id) && target.deadline <= after.asOf && !!now && now.asOf < target.deadline;
    const direction = contradicts || stale ? undefined : directionOf(b?.status, a?.status);
    changes.push({
      target: target.id,
      before: b,
      after: a,
      statusChanged: b?.status !== a?.status || !b !== !a,
      ...(direction ? { direction } : {}),
      ...(correction ? { correction: true as const } : {}),
      ...(falls ? { totalFalls: true as const } : {}),
      ...(contradicts ? { contradicts: true as const } : {}),
      ...(contradicts || revised.length ? { contradiction: true as const } : {}),
      ...(added ? { addedBefore: added } : {}),
      ...(revised.length ? { revised } : {}),
      ...(late ? { late } : {}),
      ...(stale ? { stale: true as const } : {}),
    });
  }
  return changes;
}
