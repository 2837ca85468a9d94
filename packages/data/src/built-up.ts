/** Which rates build up over the year, and so say nothing of the pace before their deadline. */
import type { Target } from './schema.js';

/**
 * Whether a rate is one to reach by the deadline (建成率達到90%, or to bring down to by then: 失業率降低到4.5%以內,
 * {@link Target.broughtDown}), not one the plan holds all year ({@link Target.held}: 穩定在, 不低於) or caps (控制在…以內):
 * it builds up (or comes down) over the year, so short of it before the deadline is `belowTarget`, and it is not held all
 * year (review r119 F3: the gauge said 全年須保持達標 beside 尚未達到目標).
 */
export const builtUp = (target: Target): boolean => target.measure === 'rate' && !target.held && (target.comparator !== 'atMost' || !!target.broughtDown);
