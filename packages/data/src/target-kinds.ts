/**
 * Whether a target's value is an amount of change (下降12%, 增長6%, 較年初下降0.5個百分點) rather than a level: one home
 * for what the evaluation, the sentences, the progress template and the sheet import must agree on.
 */
import type { Target } from './schema.js';
import type { Comparator } from './vocabulary.js';

/** Whether a comparator states a change by the value, with its direction: `decreaseBy` (下降) or `increaseBy` (增長). */
export const isChangeComparator = (comparator: Comparator): comparator is 'decreaseBy' | 'increaseBy' =>
  comparator === 'decreaseBy' || comparator === 'increaseBy';

/**
 * Whether a target's value, and so a reading of it, is an amount of change rather than a level: a `change` against a
 * base year or a `growth` over the last year by its measure, whatever its comparator (增速控制在2%以內), or any target
 * stated by a change ({@link isChangeComparator}: 較年初下降0.5個百分點, a `rate`; 比上年增加5萬噸, a `flow`; a plan
 * without measures). A reading of it is the change achieved, in the target's unit: `7` for a fall of 7% against
 * 下降12%, negative for a move the wrong way; a progress sheet asks for it so.
 *
 * @example
 * ```ts
 * readsAsChange(getTarget('t26.4')!); // true: 萬元GDP用水量較2020年下降12%
 * readsAsChange(getTarget('t38.4')!); // false: a rate held at 90% or more
 * ```
 */
export const readsAsChange = (target: Pick<Target, 'measure' | 'comparator'>): boolean =>
  target.measure === 'change' || target.measure === 'growth' || isChangeComparator(target.comparator);
