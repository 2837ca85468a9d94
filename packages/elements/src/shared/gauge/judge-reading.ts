/** A reading judged, or why it cannot be: what every element that shows a target's progress says of a reading. */
import { evaluatePlanTarget, InvalidReadingError, latestIsoDate, type Language, type PlanLookups, type Target, type TargetEvaluation, type TargetReading } from '@dz-tasks/data';
import { onDemand, sayProblem } from '../problem-words.js';

/**
 * The evaluation of a reading (a feed's, or a gauge's `value`), or why it cannot be judged (a value in the wrong
 * scale, a date before the period, after the target's deadline or after today where it is latest on Earth, a date
 * that is not real), in the language: the target is shown with the problem instead of a wrong status, never a throw.
 * A reading missed at its deadline or over its ceiling comes with how far (`gap`: `差50個`, review r100 M2), said
 * by the words on demand (`sayGap`): a page whose readings are all on track never loads them.
 */
export function judgeReading(
  api: PlanLookups,
  target: Target,
  reading: TargetReading,
  lang: Language,
  /** Whether the date was given (an `as-of`, a feed's), and so may not be after today; a default date stands. */
  dated = true,
  /** Whether a problem is said in words (loading them if need be), or only named by its code, and a gap said at all. */
  words = true,
): { evaluation: TargetEvaluation; gap?: string } | { problem: string } {
  try {
    const evaluation = evaluatePlanTarget(api.plan, target, reading, { lang, ...(dated ? { today: latestIsoDate() } : {}) });
    const { status } = evaluation;
    return { evaluation, gap: words && (status === 'missed' || status === 'overCeiling') ? onDemand((said) => said.sayGap(target, evaluation, lang)) : undefined };
  } catch (error) {
    if (error instanceof InvalidReadingError) return { problem: words ? sayProblem(error.problem, target, lang) : error.problem.code };
    // evaluatePlanTarget throws a RangeError for a date that is not a real ISO date; anything else is a bug.
    if (error instanceof RangeError) return { problem: error.message };
    throw error;
  }
}
