import type { ReadingProblem } from './reading-problems.js';
import type { Target } from './schema.js';

/**
 * Thrown by `evaluateTarget` for a reading it cannot judge: `problem` says why, and `describeReadingProblem(problem,
 * target, lang)` says it in words, in any language. The message names the problem and its fields
 * (`target t60.1: tooSmall {"value":3.2,"scale":"萬","suggestion":32000}`) rather than the words, so that judging a
 * reading does not bring every problem's words in three languages: a page with gauges loads them only for a reading
 * that cannot be judged.
 */
export class InvalidReadingError extends RangeError {
  constructor(
    /** What is wrong with the reading. */
    readonly problem: ReadingProblem,
    target: Target,
  ) {
    const { code, ...fields } = problem;
    super(`target ${target.id}: ${code} ${JSON.stringify(fields)}`);
    this.name = 'InvalidReadingError';
  }
}
