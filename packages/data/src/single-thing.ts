/** Which flows are one thing, done or not, and so cannot be paced. */
import { unitScale } from './describe-target.js';
import type { Target } from './schema.js';

/**
 * A classifier of whole things (家, 個, 處, 座): one character that is not a measure. 1噸 or 1畝 divides and is paced;
 * so do units of two characters or more (公里, 平方米, 萬千瓦).
 */
const COUNTED = /^[^%米噸吨畝亩元斤度克升頃顷]$/;

/**
 * Whether a flow's target is one thing (建成1家公共海外倉, 各縣至少建設1家): it is done or not, so no pace can be told
 * from the reading, and before the deadline none yet is `belowTarget`, not behind. 1萬畝 is ten thousand mu; 1公里 divides.
 */
export const isSingleThing = (target: Target): boolean => target.measure === 'flow' && target.value === 1 && unitScale(target.unit) === 1 && COUNTED.test(target.unit);

