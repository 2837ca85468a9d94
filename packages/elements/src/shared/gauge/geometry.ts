/**
 * The geometry of a gauge: how much of the track a value fills and where expected progress (序時進度) and the target
 * sit, honest to the target's measure. Pure numbers, no templates.
 */
import type { TargetEvaluation } from '@dz-tasks/data';

/** Where the parts of a gauge sit, each as a share (0–1) of the track. */
export interface GaugeGeometry {
  /** `aria-valuemin`: 0 (or the value when it is negative); a level with a baseline starts at its baseline. */
  readonly min: number;
  /** `aria-valuemax`: the target value, 100 for a rate in percent, or the value when it goes beyond. */
  readonly max: number;
  /** The share of the track the value fills. */
  readonly fill: number;
  /**
   * Where expected progress (序時進度) sits, or `undefined` where nothing is paced (rates, growth, levels without a
   * baseline): no time mark is drawn on those.
   */
  readonly expected: number | undefined;
  /** Where the target (or the ceiling, or a rate's floor) sits. */
  readonly target: number;
  /** The value is beyond the target; for a ceiling that means it is exceeded. */
  readonly beyond: boolean;
  /**
   * A ceiling or an upper limit is exceeded: shown as overflow and the word "exceeded". Not a level the plan brings
   * down by the deadline (`broughtDown`), whose status says it is not yet reached (review r118 F1).
   */
  readonly exceeded: boolean;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : n > 0 ? 1 : 0);

/**
 * The geometry of a gauge for an evaluation, honest to its measure: a flow, change or ceiling fills towards the
 * target with the pace marked; a level with a baseline runs from the baseline; a rate in percent is drawn on
 * 0–100% with its target marked and no pace; growth fills towards the target growth.
 */
export function gaugeGeometry(evaluation: TargetEvaluation): GaugeGeometry {
  const { target, value } = evaluation;
  const goal = Math.abs(target.value);
  const percentScale = evaluation.measure === 'rate' && target.unit === '%';
  if (evaluation.baseline !== undefined) {
    // Paced from a baseline: the track is the way from the baseline to the target (up to a floor, down to a limit),
    // the scale the least and most of the baseline, the target and the value.
    const expected = clamp01(evaluation.expected ?? 0);
    const { baseline } = evaluation;
    return { min: Math.min(baseline, goal, value), max: Math.max(baseline, goal, value), fill: clamp01(evaluation.progress), expected, target: 1, beyond: evaluation.progress > 1, exceeded: false };
  }
  // A level brought down by the deadline above its limit (下降到38微克/立方米以下 at 40 or 80) is not yet reached: its
  // fill stops at the limit's mark, with no arc beyond it in the status colour (a flow's good news) nor in the warning's
  // (reviews r119 F4, r125 F4); its words say how far above it is.
  const shown = target.broughtDown ? Math.min(value, goal) : value;
  const max = Math.max(percentScale ? 100 : goal, shown, 0) || 1;
  const beyond = shown > goal;
  return {
    min: Math.min(0, value),
    max,
    fill: clamp01(shown / max),
    expected: evaluation.expected === undefined ? undefined : clamp01((evaluation.expected * goal) / max),
    target: clamp01(goal / max),
    beyond: beyond && !percentScale,
    exceeded: beyond && evaluation.lowerIsBetter,
  };
}

/**
 * Whether an evaluation is judged against a pace (flows, changes, ceilings, levels with a baseline), so that a
 * "% done" and a time mark mean something; rates, growth and levels without a baseline are compared directly.
 */
export function isPaced(evaluation: TargetEvaluation): boolean {
  return evaluation.expected !== undefined;
}
