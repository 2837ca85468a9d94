/**
 * A figure reported late (review r100 M1): a target's reading dated after its deadline, which never judges it
 * (`judgedReading`: a target is judged at its deadline), said beside the reading that does, or beside none (截至完成時限
 * 未報送: 12月完成第6個 of a target due 6月底前 says only that 6 were done by 31 December).
 */
import type { ProgressReading } from '../latest-progress.js';
import type { Target } from '../schema.js';

/**
 * The latest reading of `history` dated by `today`, when it is dated after the target's deadline: the figure reported
 * late of `dz-plan progress diff` (`ReportChange.late`) and `progress summary` (`SummaryTarget.late`). `undefined`
 * otherwise. A reading dated after today is not one: it is a date to correct (`readingShown`).
 *
 * @example
 * ```ts
 * lateReading([{ value: 5, asOf: '2023-06-30' }, { value: 6, asOf: '2023-12-31' }], { deadline: '2023-06-30' }, '2024-01-15');
 * // { value: 6, asOf: '2023-12-31' }
 * ```
 */
export function lateReading(history: readonly ProgressReading[], target: Pick<Target, 'deadline'>, today: string): ProgressReading | undefined {
  const last = history.findLast((r) => r.asOf <= today);
  return last && last.asOf > target.deadline ? last : undefined;
}
