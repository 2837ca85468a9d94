/** Which rates build up over the year, and so say nothing of the pace before their deadline. */
import type { Target } from './schema.js';

/**
 * Whether a rate is one to reach by the deadline (建成率達到90%), not one the plan holds all year ({@link Target.held}:
 * 穩定在, 不低於) or caps (控制在…以內): it builds up over the year, so below it before the deadline is `belowTarget`.
 */
export const builtUp = (target: Target): boolean => target.measure === 'rate' && !target.held && target.comparator !== 'atMost';
