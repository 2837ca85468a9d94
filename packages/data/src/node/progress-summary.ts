/**
 * What `dz-plan progress summary` says of a progress report (review r68 M2): each target judged as the elements and
 * `progress diff` judge it, counted per lead unit, and the lists a supervision office asks for: met, behind, off target
 * before the deadline (a ceiling used faster than the pace…), past the deadline and not met or not reported, not
 * reported. No rule of its own: statuses are `evaluateTarget`'s (through `diff`'s judgement), "not reported this
 * period" is `notReportedBy`'s, the unit's targets `targetsOfUnit`'s, the tones warned of `statusTones`'.
 */
import { Status, statusTones } from '../messages.js';
import { metBeyondGoal } from '../target-band.js';
import { indexPlan } from '../plan-index.js';
import type { ProgressDispute, ProgressReport } from '../progress-report.js';
import type { ReadingWithStatus } from '../progress/diff-judged.js';
import { progressHistories } from '../progress/histories.js';
import { lateReading } from '../progress/late-reading.js';
import type { ProgressReading } from '../latest-progress.js';
import { describeReadingProblem, type BelowEarlierProblem } from '../reading-problems.js';
import { contradictedBy } from '../running-total.js';
import { reportStatuses, reportStatusOrder, type ReportStatus, type ReportWarning } from '../evaluate-report.js';
import { targetsOfUnit } from '../queries/targets-of.js';
import { tasksOfUnit } from '../queries/tasks-of-unit.js';
import { unitsOfTask } from '../queries/units-of-task.js';
import type { ValidationIssue } from '../issues.js';
import type { Language, Plan, Target, Unit } from '../schema.js';
import type { ReadingKey } from './progress-summary-words.js';

/** What a target's reading says: a {@link Status}, or none for the report's date ({@link ReadingKey}): `evaluateReport`'s `ReportStatus`. */
export type SummaryKey = ReportStatus;

/** Every key in the order counts list them: the statuses in the data's order, then the readings that judge nothing. */
const summaryKeys: readonly SummaryKey[] = reportStatusOrder;

/** One target and what the report says of it. */
export interface SummaryTarget {
  readonly target: Target;
  readonly key: SummaryKey;
  /** The reading its status is shown for, judged; `undefined` when the report has none. */
  readonly reading: ReadingWithStatus | undefined;
  /**
   * Due by the summary's date (the deadline on or before it, when a reading at the deadline is judged final) and not
   * met: missed, or not shown met (a reading older than the deadline, none, or one that cannot be judged).
   */
  readonly overdue: boolean;
  /** The lead units of its task. */
  readonly lead: readonly Unit[];
  /**
   * A figure reported after the deadline (`lateReading`, review r100 M1): the target is judged at its deadline by
   * `reading` (`undefined`: not reported by then, 未報送), and this is said beside it (逾期報送, with its date: the data say when it was reported, not when it was done), never
   * making good a miss. Absent when none.
   */
  readonly late?: LateFigure;
  /** What to check of its reading, as `evaluateReport` says it (a fall perhaps stored as a negative rise, a level written for a change). */
  readonly warning?: ReportWarning;
  /** The entries of the report refused that name it ({@link RefusedEntry}): why it cannot be judged (F274). Absent when none. */
  readonly refused?: readonly RefusedEntry[];
  /**
   * The units' figures that disagree at its latest date (the report's `disputes`, r121 F3), none published: it cannot be
   * judged until they agree (數值待核定), not unreported. Absent when none, or when a later reading judges it.
   */
  readonly disputed?: ProgressDispute;
}

/**
 * A figure reported after the deadline ({@link SummaryTarget.late}), and, when it is read below an earlier reading of a
 * running total (`contradictedBy`, the one rule of `progress diff`: review r101 M2), the contradiction (`belowEarlier`)
 * and its sentence as `diff` says it.
 */
export interface LateFigure extends ProgressReading {
  readonly contradicts?: { readonly problem: BelowEarlierProblem; readonly sentence: string };
}

/** {@link lateReading} of `history`, checked against the readings before it ({@link LateFigure}); `target` as shown in `lang`. */
function lateFigure(history: readonly ProgressReading[], target: Target, lang: Language, today: string): LateFigure | undefined {
  const late = lateReading(history, target, today);
  const earlier = late && contradictedBy(history, late, target);
  if (!late || !earlier) return late;
  const problem: BelowEarlierProblem = { code: 'belowEarlier', value: late.value, earlier: earlier.value, earlierAsOf: earlier.asOf };
  return { ...late, contradicts: { problem, sentence: describeReadingProblem(problem, target, lang) } };
}

/** Whether a target's figure reported late contradicts an earlier reading ({@link LateFigure}): listed with those whose reading does. */
export const lateContradicts = (t: SummaryTarget): boolean => t.late?.contradicts !== undefined;

/** A lead unit and the targets of the tasks it leads. */
export interface UnitSummary {
  readonly unit: Unit;
  readonly targets: readonly SummaryTarget[];
}

/**
 * An entry of the report that `parseProgressReport` refused (F268: dated after the report, an unknown target, a value
 * that is not a number…): the summary is written from the other entries, and this one listed with why.
 */
export interface RefusedEntry {
  /** Its index in the report's `entries`. */
  readonly index: number;
  /** The plan's id of its target, when it names one. */
  readonly target: string | undefined;
  /** What is wrong with it, each with its path (`entries[39].asOf`). */
  readonly issues: readonly ValidationIssue[];
}

/** The summary of a report at one date, of the whole plan or of the targets one unit leads. */
export interface ProgressSummary {
  /** The date the summary stands at: the report's, or `--as-of`'s ({@link reportAsOf}). */
  readonly asOf: string;
  /** When targets summed up are due before {@link asOf}: they are judged at their deadline instead ({@link DeadlineJudged}). */
  readonly judgedAtDeadline?: DeadlineJudged;
  /** The unit of `--unit`, when the summary is of its targets alone. */
  readonly unit?: Unit;
  /** The targets summed up, in plan order. */
  readonly targets: readonly SummaryTarget[];
  /** Each unit that leads a task with targets, in the plan's order, with those targets. */
  readonly units: readonly UnitSummary[];
  /** The entries of the report refused, of the targets summed up or of none, in the report's order; absent when none. */
  readonly refused?: readonly RefusedEntry[];
}

/**
 * The targets of a summary due before its date, each judged at its deadline (`judgedReading`: a later reading is
 * history only): how many (`undefined` when all are), and the deadline when they share one.
 */
export interface DeadlineJudged {
  readonly due: number | undefined;
  readonly deadline: string | undefined;
}

/** {@link DeadlineJudged} of `targets` summed up at `asOf`; `undefined` when none is due before it. */
function judgedAtDeadline(targets: readonly SummaryTarget[], asOf: string): DeadlineJudged | undefined {
  const due = targets.filter((t) => t.target.deadline < asOf);
  if (!due.length) return undefined;
  const deadlines = new Set(due.map((t) => t.target.deadline));
  return { due: due.length === targets.length ? undefined : due.length, deadline: deadlines.size === 1 ? [...deadlines][0] : undefined };
}

/** The statuses the lists call behind: below the pace, or far below it. */
const behindKeys: ReadonlySet<SummaryKey> = new Set([Status.behind, Status.seriouslyBehind]);

/** Whether a target is behind or seriously behind. */
export const isBehind = (t: SummaryTarget): boolean => behindKeys.has(t.key);

/** The other statuses a supervision office is warned of (`statusTones`' warning and alert): a ceiling used faster than the pace, exceeded… */
const offTargetKeys: ReadonlySet<SummaryKey> = new Set(Object.values(Status).filter((s) => (statusTones[s] === 'warning' || statusTones[s] === 'alert') && !behindKeys.has(s)));

/** Whether a target is off target before its deadline (then it is past it, not met): a ceiling used faster than the pace (r82 M3), exceeded, a rate above its band. */
export const isOffTarget = (t: SummaryTarget): boolean => offTargetKeys.has(t.key) && !t.overdue;

/** Whether a target is met beyond its goal (超額完成: `metBeyondGoal`). */
export const isExceeded = (t: SummaryTarget): boolean => t.key === Status.met && metBeyondGoal(t.target, t.reading!.value);

/** The statuses no list above names (on track, not started, not yet at target, awaiting decision): neither met nor a warning. */
const otherKeys: ReadonlySet<SummaryKey> = new Set(Object.values(Status).filter((s) => s !== Status.met && !behindKeys.has(s) && !offTargetKeys.has(s)));

/**
 * The targets read and counted that no list of what needs action names (review r92 M7: an office needs every target it
 * counts listed), in the order the counts say their statuses ({@link countsOf}), then in plan order.
 */
export const otherTargets = (targets: readonly SummaryTarget[]): SummaryTarget[] => {
  const order = (t: SummaryTarget) => summaryKeys.indexOf(t.key);
  return targets.filter((t) => otherKeys.has(t.key) && !t.overdue).sort((a, b) => order(a) - order(b));
};

/** What a unit's line names under it: its targets behind ({@link isBehind}) or off target ({@link isOffTarget}). */
export const isWarned = (t: SummaryTarget): boolean => isBehind(t) || isOffTarget(t);

/** How many of `targets` say each key, in {@link summaryKeys}' order, keys none says left out. */
export function countsOf(targets: readonly SummaryTarget[]): [SummaryKey, number][] {
  const counts = new Map<SummaryKey, number>();
  for (const { key } of targets) counts.set(key, (counts.get(key) ?? 0) + 1);
  return summaryKeys.flatMap((key) => (counts.has(key) ? [[key, counts.get(key)!] as [SummaryKey, number]] : []));
}

// `report` as it stood at a date (`--as-of`): `evaluateReport`'s reading of a report, one home.
export { reportAsOf } from '../evaluate-report.js';

/** The tasks a unit takes part in without leading: what a summary of it would not list. */
export const tasksJoinedOnly = (plan: Plan, unit: Unit): number[] => (tasksOfUnit(indexPlan(plan), unit, { role: 'participating' }) ?? []).map((task) => task.number);

/**
 * The summary of `report` (dated as it should stand: {@link reportAsOf}) for `plan`: every target, or those of the
 * tasks `unit` leads, judged at `today` as `progress diff` judges them, in `lang` (the sentences of the readings that
 * cannot be judged, which name each target as the plan shows it in `lang`: `judgedTargets`). `refused`: the entries
 * left out of `report` as not valid ({@link RefusedEntry}); a target one of them names cannot be judged (its other
 * entries are not taken for it: which of its figures stands is not known), and is listed so, with them (F274).
 */
export function progressSummary(
  report: ProgressReport,
  plan: Plan,
  options: { readonly lang: Language; readonly today: string; readonly unit?: Unit; readonly refused?: readonly RefusedEntry[] },
): ProgressSummary {
  const index = indexPlan(plan);
  const histories = progressHistories(report);
  // The refused entries of each target, in the report's order.
  const refusedOf = new Map<string, RefusedEntry[]>();
  for (const entry of options.refused ?? []) if (entry.target !== undefined) refusedOf.set(entry.target, [...(refusedOf.get(entry.target) ?? []), entry]);
  // Each target's latest dispute, as of the report's date (`--as-of` leaves later ones out).
  const disputedAt = new Map<string, ProgressDispute>();
  for (const d of report.disputes ?? []) {
    const asOf = d.asOf ?? report.asOf;
    const was = disputedAt.get(d.target);
    if (asOf <= report.asOf && (!was || (was.asOf ?? report.asOf) < asOf)) disputedAt.set(d.target, d);
  }
  const summed = new Map(
    // Each target's key by `evaluateReport`'s rule (`reportStatuses`: one home for what a report says of a target).
    reportStatuses(report, plan, options.lang, options.today).map(({ target, status, reading: judged, warning }): [string, SummaryTarget] => {
      const lead = unitsOfTask(index, target.taskId).flatMap((u) => (u.role === 'lead' ? [u.unit] : []));
      const refused = refusedOf.get(target.id);
      if (refused) return [target.id, { target, key: 'unjudged', reading: undefined, overdue: target.deadline <= report.asOf, lead, refused }];
      const disputed = disputedAt.get(target.id);
      if (disputed && !(histories.get(target.id) ?? []).some((r) => r.asOf >= (disputed.asOf ?? report.asOf))) {
        return [target.id, { target, key: 'unjudged', reading: undefined, overdue: target.deadline <= report.asOf, lead, disputed }];
      }
      const late = lateFigure(histories.get(target.id) ?? [], target, options.lang, options.today);
      return [target.id, { target, key: status, reading: judged, overdue: target.deadline <= report.asOf && status !== Status.met, lead, ...(late ? { late } : {}), ...(warning ? { warning } : {}) }];
    }),
  );
  const led = (unit: Unit) => targetsOfUnit(index, unit, { role: 'lead' }).map((target) => summed.get(target.id)!);
  const units = (options.unit ? [options.unit] : plan.units).flatMap((unit) => {
    const targets = led(unit);
    return targets.length ? [{ unit, targets }] : [];
  });
  const targets = options.unit ? led(options.unit) : [...summed.values()];
  const atDeadline = judgedAtDeadline(targets, report.asOf);
  // One unit's summary lists the refused entries of its targets, and those that name no target (whose they are is not known).
  const ids = new Set(targets.map((t) => t.target.id));
  const refused = options.refused?.filter((entry) => entry.target === undefined || ids.has(entry.target));
  return {
    asOf: report.asOf,
    ...(atDeadline ? { judgedAtDeadline: atDeadline } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    targets,
    units,
    ...(refused?.length ? { refused } : {}),
  };
}
