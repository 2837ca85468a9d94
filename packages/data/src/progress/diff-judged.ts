/**
 * A report's readings judged as the elements judge them (`judgeTarget`): the one judgement of `dz-plan progress diff`
 * and `dz-plan progress summary`, and what a report holds that no judgement can stand on (a running total read lower).
 */
import { shownIn } from '../english-fallback.js';
import { evaluatePlanTarget, type TargetEvaluation } from '../evaluate-target.js';
import { readingShown, type ProgressReading } from '../latest-progress.js';
import type { Status } from '../messages.js';
import type { ProgressReport } from '../progress-report.js';
import { describeReadingProblem, InvalidReadingError, type ReadingProblem } from '../reading-problems.js';
import { contradictedBy } from '../running-total.js';
import type { Language, Plan, Target } from '../schema.js';
import { progressHistories } from './histories.js';

/** The reading a target's status is shown for in one report ({@link readingShown}), and its status then (`undefined`: the reading cannot be judged). */
export interface ReadingWithStatus extends ProgressReading {
  /**
   * The status the plan's `evaluateTarget` gives the reading (paced from its `period.start`); `undefined` when it
   * cannot judge it.
   */
  readonly status: Status | undefined;
  /** The evaluation's sentence, or why it cannot judge the reading (in the language). */
  readonly sentence: string;
  /** Why `evaluateTarget` cannot judge the reading (a date after today, a rate over 100%…); absent when judged. */
  readonly problem?: ReadingProblem;
}

/**
 * A reading of a target judged as the elements judge it (`judgeTarget`): not at all when it contradicts an earlier
 * reading of a running total ({@link contradictedBy}: the problem `belowEarlier`), else by `evaluatePlanTarget`.
 */
export function judgeOne(plan: Plan, target: Target, reading: ProgressReading, history: readonly ProgressReading[], lang: Language, today: string): { evaluation?: TargetEvaluation; problem?: ReadingProblem } {
  const earlier = contradictedBy(history, reading, target);
  if (earlier) return { problem: { code: 'belowEarlier', value: reading.value, earlier: earlier.value, earlierAsOf: earlier.asOf } };
  try {
    return { evaluation: evaluatePlanTarget(plan, target, reading, { lang, today }) };
  } catch (error) {
    // Only a reading it cannot judge; anything else (a target's deadline that is not a date) is not the report's.
    if (!(error instanceof InvalidReadingError)) throw error;
    return { problem: error.problem };
  }
}

/** {@link judgeOne} as a {@link ReadingWithStatus}: the status and its sentence, or the problem and its words. */
export function withStatus(plan: Plan, target: Target, reading: ProgressReading, history: readonly ProgressReading[], lang: Language, today: string): ReadingWithStatus {
  const { evaluation, problem } = judgeOne(plan, target, reading, history, lang, today);
  return evaluation
    ? { ...reading, status: evaluation.status, sentence: evaluation.sentence }
    : { ...reading, status: undefined, sentence: describeReadingProblem(problem!, target, lang), problem: problem! };
}

/** One target of a plan with what a report says of it. */
export interface JudgedTarget {
  readonly target: Target;
  /** The reading its status is shown for ({@link readingShown}), judged; `undefined` when the report has none. */
  readonly reading: ReadingWithStatus | undefined;
}

/**
 * Every target of `plan` as shown in `lang` ({@link shownIn}: a metric not yet in English in the document's script), in
 * plan order, with the reading of `report` its status is shown for, judged at `today`: its sentence names the target so.
 */
export function judgedTargets(report: ProgressReport, plan: Plan, lang: Language, today: string): JudgedTarget[] {
  const histories = progressHistories(report);
  const shown = shownIn(plan, lang);
  return shown.targets.map((target) => {
    const history = histories.get(target.id) ?? [];
    const reading = readingShown(history, target, report, today);
    return { target, reading: reading && withStatus(shown, target, reading, history, lang, today) };
  });
}

/** A reading of a report that no judgement can stand on, and why. */
export interface ReadingAtFault {
  readonly target: string;
  readonly reading: ProgressReading;
  readonly problem: ReadingProblem;
}

/**
 * What `report` holds that no judgement can stand on, whatever another report says, in plan and date order: every
 * reading of a running total lower than an earlier one ({@link contradictedBy}: `belowEarlier`, the latest or one
 * before it), and the reading a target's status is shown for when it cannot be judged otherwise (a rate over 100%…;
 * not a date after today, which `readingsAfter` finds in every reading). What `progress diff` names in the new report
 * though its target did not change: the contradiction stays until a figure is corrected.
 */
export function readingsAtFault(report: ProgressReport, plan: Plan, today: string): ReadingAtFault[] {
  const histories = progressHistories(report);
  return plan.targets.flatMap((target) => {
    const history = histories.get(target.id) ?? [];
    const shown = readingShown(history, target, report, today);
    return history.flatMap((reading): ReadingAtFault[] => {
      const earlier = contradictedBy(history, reading, target);
      if (earlier) return [{ target: target.id, reading, problem: { code: 'belowEarlier', value: reading.value, earlier: earlier.value, earlierAsOf: earlier.asOf } }];
      if (reading !== shown) return [];
      const { problem } = judgeOne(plan, target, reading, history, 'en', today);
      return problem && problem.code !== 'afterToday' ? [{ target: target.id, reading, problem }] : [];
    });
  });
}
