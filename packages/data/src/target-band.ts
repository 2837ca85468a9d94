/** The values a target is judged against: the band that counts as reached, and the lines a figure must not blur. */
import type { TargetEvaluation } from './evaluate-target.js';
import type { Target } from './schema.js';
import { growthAsked } from './target-kinds.js';

/** Below this share of the pace a flow is seriously behind (嚴重滯後): under half of what is due by now. */
export const SERIOUSLY_BEHIND_SHARE = 0.5;

/**
 * Nothing done is "not started" only while less than this share of the path is gone; later, from 31 March of a year
 * (a quarter gone, as offices count whole months), it is seriously behind.
 */
export const NOT_STARTED_UNTIL = 0.25;

/**
 * The lines the pace's figure must not be rounded onto (see `formatPercent`): the progress it is compared with, the
 * quarter gone before which nothing done is "not started", and the whole path, when the target falls due: 24.7% of
 * the year gone on 30 March is not "25%", nor 99.7% on 30 December "100%".
 */
export const paceLines = (e: Pick<TargetEvaluation, 'progress'>): number[] => [e.progress, NOT_STARTED_UNTIL, 1];

/** The band of an `approx` target (左右) when the plan states none: ±5%. */
export const DEFAULT_APPROX_TOLERANCE = 0.05;

/**
 * The values that count as reached for `approx` and a change about a value (增長6%左右, {@link Target.approx}): ± the
 * tolerance; for `range`: value to upperValue.
 */
export function bandOf(target: Target): { low: number; high: number } | undefined {
  if (target.comparator === 'range' && target.upperValue !== undefined) return { low: target.value, high: target.upperValue };
  if (target.comparator !== 'approx' && !target.approx) return undefined;
  const half = Math.abs(target.value) * (target.tolerance ?? DEFAULT_APPROX_TOLERANCE);
  return { low: target.value - half, high: target.value + half };
}

/**
 * Whether a reading of a target it meets is beyond its goal in the goal's direction, which an office says (超額完成,
 * r82 L1): any amount above a target judged as a floor (不少於, a plain amount such as 新開通5G基站3000個, a change in
 * its direction: 下降13% of 下降12%), above the band of one about a value (1600 of 1500億元左右; within the band it is
 * about the goal). Never for a range (2—3個: its top is no floor), but a range of a change its words ask for above its
 * top (5.6 of 增長3%-5%, 2.5 of 提高1—2個百分點, 13 of 較2020年下降10%—12%: {@link growthAsked}): its top is the most change
 * the plan expected, so more is more done than expected, which an office reports as 超額完成預期目標, as it does 6.5 of
 * 增長6%左右 (r92 M5, r114 F1). Nor under an upper limit (≤, a
 * ceiling: less is not more done), which a reading above its value does not meet (the reason no test of it is needed here).
 */
export const metBeyondGoal = (target: Target, value: number): boolean =>
  (target.comparator !== 'range' || growthAsked(target)) && value > (bandOf(target)?.high ?? target.value);

/**
 * The values, in the target's unit, where a reading's judgement turns: the target, an upper value, a band's edges.
 * A figure rounded onto one of them that the reading is not on would contradict its status (`5.7萬人…未達成`).
 */
export function targetLines(target: Target): number[] {
  const band = bandOf(target);
  return [target.value, target.upperValue ?? target.value, band?.low ?? target.value, band?.high ?? target.value];
}

/**
 * The shares of the target where a paced or direct judgement turns, for `formatPercent`: the target (1), the pace,
 * half the pace (seriously behind below it), nothing done (0: not started), and a band's edges (5.7萬人左右 counts from
 * 95%). A share rounded onto one of them that it is not on would contradict its status: `完成25%…嚴重滯後` against a pace
 * of 50%.
 */
export function progressLines(e: Pick<TargetEvaluation, 'target' | 'expected' | 'band'>): (number | undefined)[] {
  const goal = e.target.value;
  const edges = e.band && goal !== 0 ? [e.band.low / goal, e.band.high / goal] : [];
  return [1, e.expected, e.expected === undefined ? undefined : e.expected * SERIOUSLY_BEHIND_SHARE, 0, ...edges];
}
