/**
 * A target with what a progress report says of it: the one judgement the gauge, the card, the unit summary and the
 * overview share.
 */
import {
  evaluatePlanTarget,
  InvalidReadingError,
  readingShown,
  latestIsoDate,
  progressHistory,
  staleReading,
  contradictedBy,
  type Language,
  type PlanLookups,
  type ProgressReading,
  type ProgressReport,
  type Target,
  type TargetEvaluation,
  type TargetReading,
} from '@dz-tasks/data';
import { sayProblem } from '../problem-words.js';

/** One target, with what the feed says of it. */
export interface JudgedTarget {
  readonly target: Target;
  /** Its deadline differs from the end of the plan, so it is shown. */
  readonly due: boolean;
  /**
   * The evaluation of the feed's reading ({@link readingShown}: its latest, or once due the last by the deadline), when
   * it can be judged.
   */
  readonly evaluation?: TargetEvaluation;
  /** Why the feed's reading cannot be judged (a value in the wrong scale), in the element's language. */
  readonly problem?: string;
  /** The remark of the feed's entry. */
  readonly note?: string;
  /** A feed is loaded and has no entry for the target. */
  readonly unreported: boolean;
  /** The report's own date (`asOf`), when a report is loaded: the date its views stand at. */
  readonly reportAsOf?: string;
  /**
   * The reading is older than the report and the deadline ({@link staleReading}): not reported this period. Its
   * evaluation stands at its own date, so its status is not the report's.
   */
  readonly stale?: true;
  /** The feed's readings of the target in date order, when it gives more than one. */
  readonly history?: readonly ProgressReading[];
}

/**
 * `target` judged against the report's reading ({@link readingShown}: a reading dated after today, else the latest, or once due the last by the deadline;
 * none without a report; a reading dated after today, anywhere in the history, is the problem shown), at the reading's own date; a reading older than the report and the deadline is `stale`
 * (not reported this period), unless its status can no longer change (a running total over its ceiling, or met: the
 * data package's `settledStatus`). A running total read lower than an earlier reading ({@link totalFalls}: 2900 base
 * stations after 3100) is not judged: the readings contradict each other, and the problem names the earlier figure
 * (the data package's `contradictedBy`, `belowEarlier`). Without `words` (a view that only counts what cannot
 * be judged, as the overview's tally) a problem is its code, and its words are not loaded.
 */
export function judgeTarget(api: PlanLookups, target: Target, report: ProgressReport | undefined, lang: Language, words = true): JudgedTarget {
  const history = report ? progressHistory(report, target.id) : [];
  const reading = report && readingShown(history, target, report, latestIsoDate());
  // The highest earlier reading this one is lower than, of a total that cannot fall: the readings contradict.
  const earlier = reading && contradictedBy(history, reading, target);
  const problem = earlier && ({ code: 'belowEarlier', value: reading.value, earlier: earlier.value, earlierAsOf: earlier.asOf } as const);
  const judged = reading && (problem ? { problem: words ? sayProblem(problem, target, lang) : problem.code } : judgeReading(api, target, reading, lang, true, words));
  return {
    target,
    due: target.deadline !== api.plan.period.end,
    ...judged,
    ...(reading?.note === undefined ? {} : { note: reading.note }),
    unreported: !!report && !reading,
    ...(report ? { reportAsOf: report.asOf } : {}),
    // Over its ceiling, or met, a total that cannot fall stands though not reported again (the data package's settledStatus).
    ...(reading && !problem && staleReading(reading, target, report!, judged && 'evaluation' in judged ? judged.evaluation : undefined) ? { stale: true as const } : {}),
    ...(history.length > 1 ? { history } : {}),
  };
}

/**
 * The evaluation of a reading (a feed's, or a gauge's `value`), or why it cannot be judged (a value in the wrong
 * scale, a date before the period, after the target's deadline or after today where it is latest on Earth, a date
 * that is not real), in the language: the target is shown with the problem instead of a wrong status, never a throw.
 */
export function judgeReading(
  api: PlanLookups,
  target: Target,
  reading: TargetReading,
  lang: Language,
  /** Whether the date was given (an `as-of`, a feed's), and so may not be after today; a default date stands. */
  dated = true,
  /** Whether a problem is said in words (loading them if need be), or only named by its code. */
  words = true,
): { evaluation: TargetEvaluation } | { problem: string } {
  try {
    return { evaluation: evaluatePlanTarget(api.plan, target, reading, { lang, ...(dated ? { today: latestIsoDate() } : {}) }) };
  } catch (error) {
    if (error instanceof InvalidReadingError) return { problem: words ? sayProblem(error.problem, target, lang) : error.problem.code };
    // evaluatePlanTarget throws a RangeError for a date that is not a real ISO date; anything else is a bug.
    if (error instanceof RangeError) return { problem: error.message };
    throw error;
  }
}
