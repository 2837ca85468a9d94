/**
 * A change against a base year to reduce (較2020年下降12%) read below zero: the value is the fall so far, so -3.1 is a
 * rise of 3.1% (as the template's measure column says: 不降反升填負數), judged seriously behind. A clerk who wrote the
 * fall with a minus sign (-3.1%, beside the note 較2020年下降3.1%) meant the opposite: the import reads what was written
 * and says so, a warning naming the row.
 */
import type { Target } from '../schema.js';

/**
 * Whether `value`, read for `target`, says it rose where the target is to fall: a target to reduce (`decreaseBy`:
 * 下降12%, 較2020年下降5%) read below zero. A growth (`increaseBy`) below zero is a fall, as may well be.
 *
 * @example
 * ```ts
 * risesInsteadOfFalling(getTarget('t26.5')!, -3.1); // true: 較2020年下降5%, read as a rise of 3.1%
 * risesInsteadOfFalling(getTarget('t03.3')!, -2);   // false: a growth of -2%
 * ```
 */
export function risesInsteadOfFalling(target: Pick<Target, 'comparator'>, value: number): boolean {
  return target.comparator === 'decreaseBy' && value < 0;
}
