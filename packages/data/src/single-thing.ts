/** Which flows are one thing, done or not, and so cannot be paced. */
import { unitScale } from './describe-target.js';
import type { Target } from './schema.js';

/**
 * Whether a flow's target is one thing (建成1家公共海外倉, 各縣至少建設1家): it is done or not, so no pace can be told
 * from the reading, and before the deadline none yet is `belowTarget`, not behind. 1萬畝 is ten thousand mu; 1% a share.
 */
export const isSingleThing = (target: Target): boolean => target.measure === 'flow' && target.value === 1 && target.unit !== '%' && unitScale(target.unit) === 1;
