/**
 * A change or growth read far beyond its target (review r92 M3): 萬元工業增加值用水量較2020年下降5% filled with 31.2,
 * the year's level in 立方米/萬元, read as a fall of 31.2% and met, without a word. The plan sets a change at what the
 * city means to reach by the deadline, so a reading more than twice that, at any date, is far more often the metric's
 * level (an intensity, an amount), or a total, written where the change belongs than a real change; a level is
 * commonly many times the target's per cent. Twice, not more: 28.5 for ↓12% (r92 lv.csv, 2.4 times) is such a level,
 * and no Dezhou change target is one a year can double. A warning, not a refusal: a real large fall is possible, and
 * the clerk is the one to say so. One home for the rule, said by the import (`read-row.ts`) and `progress summary`.
 */
import { changeDirection } from '../change-direction.js';
import { formatAmount } from '../describe-target.js';
import { formatNumber } from '../format-number.js';
import type { Language, Target } from '../schema.js';
import { PERCENTAGE_POINTS } from '../target-kinds.js';

/** How many times the target's size a change is read beyond before it is said (see above for why twice). */
const FAR_BEYOND = 2;

type Way = 'decreaseBy' | 'increaseBy';

/**
 * The words, per language: the target's id, the value as written, the change it reads as and the target's, the way, the base
 * year, and whether the target is in percentage points (a rise of 0.2個百分點: the change asked for in points, r114 F3).
 */
const levelForChangeWords: Readonly<Record<Language, (id: string, value: string, amount: string, goal: string, way: Way, base: number | undefined, points: boolean) => string>> = {
  'zh-Hant': (id, value, amount, goal, way, base, points) => {
    const [w, since] = [way === 'decreaseBy' ? '下降' : '增長', base === undefined ? '' : `較${base}年`];
    return `${id} 填了 ${value},讀作${since}${w}${amount},超過目標(${w}${goal})的兩倍:這像是指標本身的數值,而不是${since ? `${since}的` : ''}${w}幅度,請改填${points ? `${w}了多少個百分點` : `${w}的百分比`};如確實${w}了 ${amount},照填即可`;
  },
  'zh-Hans': (id, value, amount, goal, way, base, points) => {
    const [w, since] = [way === 'decreaseBy' ? '下降' : '增长', base === undefined ? '' : `较${base}年`];
    return `${id} 填了 ${value},读作${since}${w}${amount},超过目标(${w}${goal})的两倍:这像是指标本身的数值,而不是${since ? `${since}的` : ''}${w}幅度,请改填${points ? `${w}了多少个百分点` : `${w}的百分比`};如确实${w}了 ${amount},照填即可`;
  },
  en: (id, value, amount, goal, way, base, points) => {
    const [w, since] = [way === 'decreaseBy' ? 'fall' : 'rise', base === undefined ? '' : ` since ${base}`];
    return `${id} reads ${value}, a ${w} of ${amount}${since}, more than twice the target's ${goal}: this looks like the level itself, not the change${since}; write the ${w} in ${points ? 'percentage points' : '%'} (if it truly was ${amount}, leave it)`;
  },
};

/**
 * What to say of `value` read for `target` (as the plan shows it in `lang`), in `lang`, when it is a change or growth
 * (`changeDirection`) more than twice the target's size (the top of a range) its way; `undefined` otherwise.
 *
 * @example
 * ```ts
 * levelForChange(getTarget('t26.5')!, 31.2, 'en'); // 't26.5 reads 31.2, a fall of 31.2% since 2020, more than twice the target's 5%: …'
 * levelForChange(getTarget('t26.5')!, 9, 'en');    // undefined
 * ```
 */
export function levelForChange(target: Target, value: number, lang: Language): string | undefined {
  const way = changeDirection(target);
  const size = target.upperValue ?? target.value;
  if (!way || !(size > 0) || !(value > FAR_BEYOND * size)) return undefined;
  return levelForChangeWords[lang](target.id, formatNumber(value, lang), formatAmount(target, value, lang), formatAmount(target, size, lang), way, target.baselineYear, PERCENTAGE_POINTS.test(target.unit.trim()));
}
