/**
 * A change against a base year to reduce (較2020年下降12%) read below zero: the value is the fall so far, so -3.1 is a
 * rise of 3.1% (as the template's measure column says: 不降反升填負數), judged seriously behind. A clerk who wrote the
 * fall with a minus sign (-3.1%, beside the note 較2020年下降3.1%) meant the opposite: the import reads what was written
 * and says so, a warning naming the row; where the row's note says the change went the target's way, the value and the
 * note contradict each other, and the row is a problem instead (review r68 H3: -7.5 beside 較2020年下降7.5% was
 * published as 增長7.5%, 反向變化).
 */
import { anyOf, changeDirection, FALL_WORDS, RISE_WORDS } from '../change-direction.js';
import type { Target } from '../schema.js';

/**
 * Whether `value`, read for `target`, says it rose where the target is to fall: a target to reduce (`changeDirection`
 * `'decreaseBy'`: 下降12%, 較2020年下降5%) read below zero. A growth (`increaseBy`) below zero is a fall, as may well be.
 *
 * @example
 * ```ts
 * risesInsteadOfFalling(getTarget('t26.5')!, -3.1); // true: 較2020年下降5%, read as a rise of 3.1%
 * risesInsteadOfFalling(getTarget('t03.3')!, -2);   // false: a growth of -2%
 * ```
 */
export function risesInsteadOfFalling(target: Pick<Target, 'measure' | 'comparator' | 'direction'>, value: number): boolean {
  return changeDirection(target) === 'decreaseBy' && value < 0;
}

/** Any of `words` not after a word that denies it: 未下降, 沒有增長, 未能降低 (不降反升 holds no word of a fall). */
const affirmed = (words: readonly string[]) => new RegExp(`(?<!未|不|無|无|沒有|没有|未能)(?:${anyOf(words)})`, 'u');
/** Words saying a change went down (`change-direction.ts`): 下降, 下降了, 回落, ↓…. */
const FELL = affirmed(FALL_WORDS);
/** Words saying a change went up (`change-direction.ts`): 增長, 上漲, 反彈, ↑…. */
const ROSE = affirmed(RISE_WORDS);

/**
 * Whether a change target's `value` below zero (against its `changeDirection`: a rise for 下降12%, a fall for 增長10%
 * or for 漲幅控制在3%以內) contradicts `words` (the row's note) that say the change went its way: 較2020年下降7.5%
 * beside -7.5 for a cut, 同比增長2.1% beside -2.1 for a growth. Words of both ways (工業用水減少,生活用水增加), or
 * denied (未下降), tell nothing.
 *
 * @example
 * ```ts
 * contradictedChange(getTarget('t26.4')!, -7.5, '較2020年下降7.5%'); // true: 下降12%, the note says it fell
 * contradictedChange(getTarget('t26.4')!, -7.5, '未下降,反而上升7.5%'); // false: the note says it rose
 * ```
 */
export function contradictedChange(target: Pick<Target, 'measure' | 'comparator' | 'direction'>, value: number, words: string): boolean {
  const direction = changeDirection(target);
  if (!(value < 0) || !direction) return false;
  const text = words.normalize('NFKC');
  const [way, against] = direction === 'decreaseBy' ? [FELL, ROSE] : [ROSE, FELL];
  return way.test(text) && !against.test(text);
}
