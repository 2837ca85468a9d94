/** A reading judged, or why it cannot be: what every element that shows a target's progress says of a reading. */
import { evaluatePlanTarget, InvalidReadingError, latestIsoDate, type Language, type PlanLookups, type Target, type TargetEvaluation, type TargetReading } from '@dz-tasks/data';
import { sayProblem } from '../problem-words.js';

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
