/**
 * Targets whose readings are a running total that cannot fall (a flow: 新增, 完成; a ceiling's use; a count of
 * designations conferred, since a title once conferred stays), in a module without zod: what a lower later reading of
 * them means (a contradiction, not a status), and which of their statuses no later reading can change.
 */
import type { TargetEvaluation } from './evaluate-target.js';
import type { ProgressReading } from './latest-progress.js';
import type { Target } from './schema.js';

/**
 * Whether a target's readings are a total that builds up and cannot fall: measure `flow`, `ceiling` (the use of it)
 * or `designation` (the titles conferred). Levels, rates and changes may fall. The one rule of {@link totalFalls},
 * {@link contradictedBy} and {@link settledStatus}.
 */
export function runningTotal(target: Pick<Target, 'measure'>): boolean {
  return target.measure === 'flow' || target.measure === 'ceiling' || target.measure === 'designation';
}

/**
 * Whether `later` is read lower than `earlier`, at a later date, for a {@link runningTotal}: a figure to check, as the
 * import, `progress diff` and the elements' trend say. The same date is a correction, not a fall.
 */
export function totalFalls(target: Pick<Target, 'measure'>, earlier: Pick<ProgressReading, 'value' | 'asOf'>, later: Pick<ProgressReading, 'value' | 'asOf'>): boolean {
  return runningTotal(target) && later.asOf > earlier.asOf && later.value < earlier.value;
}

/**
 * The earlier reading of `history` that `reading` of a {@link runningTotal} is lower than ({@link totalFalls}), the
 * highest of them (the latest of equals): the readings contradict each other, so the reading is not judged (the
 * problem `belowEarlier`). `undefined` when none is higher.
 *
 * @example
 * ```ts
 * contradictedBy([{ value: 3100, asOf: '2023-09-30' }, { value: 2900, asOf: '2023-12-31' }], { value: 2900, asOf: '2023-12-31' }, getTarget('t09.1')!);
 * // { value: 3100, asOf: '2023-09-30' }
 * ```
 */
export function contradictedBy<R extends Pick<ProgressReading, 'value' | 'asOf'>>(
  history: readonly R[],
  reading: Pick<ProgressReading, 'value' | 'asOf'>,
  target: Pick<Target, 'measure'>,
): R | undefined {
  return history.reduce<R | undefined>((top, r) => (totalFalls(target, r, reading) && !(top && top.value > r.value) ? r : top), undefined);
}

/**
 * Whether an evaluation's status can no longer change: a {@link runningTotal} over its ceiling (`overCeiling`: the
 * total only grows), or met (`met`, not under a limit: more cannot undo it; a flow of a few whole things too). Such a
 * reading stands when the target is not reported again (`staleReading`): it is not "not reported this period". A
 * level, a rate or a change reached early is `onTrack`, not `met` (`evaluateTarget`): it may fall back, so it is not
 * settled.
 */
export function settledStatus(evaluation: Pick<TargetEvaluation, 'measure' | 'status' | 'lowerIsBetter'>): boolean {
  return runningTotal(evaluation) && (evaluation.status === 'overCeiling' || (evaluation.status === 'met' && !evaluation.lowerIsBetter));
}
