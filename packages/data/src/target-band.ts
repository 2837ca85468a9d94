/** The values a target is judged against: the band that counts as reached, and the lines a figure must not blur. */
import type { Target } from './schema.js';

/** The band of an `approx` target (左右) when the plan states none: ±5%. */
export const DEFAULT_APPROX_TOLERANCE = 0.05;

/** The values that count as reached for `approx` (± the tolerance) and `range` (value to upperValue). */
export function bandOf(target: Target): { low: number; high: number } | undefined {
  if (target.comparator === 'range' && target.upperValue !== undefined) return { low: target.value, high: target.upperValue };
  if (target.comparator !== 'approx') return undefined;
  const half = Math.abs(target.value) * (target.tolerance ?? DEFAULT_APPROX_TOLERANCE);
  return { low: target.value - half, high: target.value + half };
}

/**
 * The values, in the target's unit, where a reading's judgement turns: the target, an upper value, a band's edges.
 * A figure rounded onto one of them that the reading is not on would contradict its status (`5.7萬人…未達成`).
 */
export function targetLines(target: Target): number[] {
  const band = bandOf(target);
  return [target.value, target.upperValue ?? target.value, band?.low ?? target.value, band?.high ?? target.value];
}
