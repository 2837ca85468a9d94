import type { ReadingProblem } from './reading-problems.js';
import type { Target } from './schema.js';

/** A problem's fields as words (`asOf 2023-6-30, today 2023-05-01`), nested ones in parentheses; no JSON. */
const fieldsOf = (fields: object): string =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${value instanceof Object ? `(${fieldsOf(value)})` : value}`)
    .join(', ');

/**
 * Thrown by `evaluateTarget` for a reading it cannot judge. `code` names the problem and `problem` holds it with its
 * fields, as data; `describeReadingProblem(error.problem, target, lang)` says it in words, in any language. The message
 * is a plain English sentence that names the target, the code and the fields (`target t09.1: the reading cannot be
 * judged (invalidDate: asOf 2023-6-30)`), not those words, so that judging a reading does not bring every problem's
 * words in three languages: a page with gauges loads them only for a reading that cannot be judged.
 */
export class InvalidReadingError extends RangeError {
  /** Which problem: `problem.code` (`'invalidDate'`, `'tooSmall'`…). */
  readonly code: ReadingProblem['code'];

  constructor(
    /** What is wrong with the reading. */
    readonly problem: ReadingProblem,
    target: Target,
  ) {
    const { code, ...fields } = problem;
    const said = fieldsOf(fields);
    super(`target ${target.id}: the reading cannot be judged (${code}${said && `: ${said}`})`);
    this.name = 'InvalidReadingError';
    this.code = code;
  }
}
