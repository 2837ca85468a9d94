/**
 * Whether a target's value is an amount of change (下降12%, 增長6%, 較年初下降0.5個百分點) rather than a level, or a gap
 * between two rates (高於城鎮居民1.4個百分點): one home for what the evaluation, the sentences, the progress template and
 * the sheet import must agree on.
 */
import type { Target } from './schema.js';
import type { Comparator } from './vocabulary.js';

/** Whether a comparator states a change by the value, with its direction: `decreaseBy` (下降) or `increaseBy` (增長). */
export const isChangeComparator = (comparator: Comparator): comparator is 'decreaseBy' | 'increaseBy' =>
  comparator === 'decreaseBy' || comparator === 'increaseBy';

/**
 * Whether a target's words ask for a change by its figure: a range of a change (its `direction`, which a change word
 * before the figure gives it: 固定資產投資增長3%-5%, 增速, 增幅, 增加, 提高1—2個百分點, 提升, 較2020年下降10%—12%, 降低,
 * 減少, 壓減; zh-Hans 增长, 减少, 压减) with no cap nor hold before the figure (在 right before it, whatever its digits:
 * 增長控制在3%-5%, 增長穩定在5%—6%, 增速保持在 6%—7%, 控制在2.50%—3%, 下降幅度控制在10%—12%; a 在 elsewhere is none,
 * 在2022年基礎上增長5%—6%, 力爭在2023年底前增加3%—5%: review r117 F1) and no price rise (漲幅3%-5%, a cap as
 * 漲幅3%左右 is). The extraction decides it where it reads the figure ({@link Target.changeAsked}, review r118 F3);
 * a plan without the mark keeps the band. A change beyond the top of such a range is more than asked, whatever the verb: more forest cover, more
 * income, a larger cut of energy intensity is reached, as 增長6%左右 at 6.5% is, and 超額完成 once met (`metBeyondGoal`),
 * not off its band, in the paced path and the direct one alike (review r114 F1). Review r92 M5 asked it of 增長 alone
 * (增[長速幅] before the figure) and kept a fall's band (下降3%—5% at 5.6 was 高於目標區間), which an office reports as
 * 超額完成. A range held in a band (穩定在30%—35%, of no direction) keeps its band. It decides only where a reading can pass above a band: a range's (an
 * `approx` that is a change, 增長6%左右, is passed above already; one that is none has no direction).
 */
export const growthAsked = (target: Pick<Target, 'direction' | 'changeAsked'>): boolean => !!target.direction && !!target.changeAsked;

/**
 * Whether a target's value, and so a reading of it, is an amount of change rather than a level: a `change` against a
 * base year or a `growth` over the last year by its measure, whatever its comparator (增速控制在2%以內), or any target
 * stated by a change ({@link isChangeComparator}: 較年初下降0.5個百分點, a `rate`; 比上年增加5萬噸, a `flow`; a plan
 * without measures), a range of one included (its `direction`: 較年初下降0.5—1個百分點). A reading of it is the change achieved, in the target's unit: `7` for a fall of 7% against
 * 下降12%, negative for a move the wrong way; a progress sheet asks for it so.
 *
 * @example
 * ```ts
 * readsAsChange(getTarget('t26.4')!); // true: 萬元GDP用水量較2020年下降12%
 * readsAsChange(getTarget('t38.4')!); // false: a rate held at 90% or more
 * ```
 */
export const readsAsChange = (target: Pick<Target, 'measure' | 'comparator' | 'direction'>): boolean =>
  target.measure === 'change' || target.measure === 'growth' || isChangeComparator(target.comparator) || !!target.direction;

/**
 * Percentage points (个百分点, 個百分點, 百分点): the unit of a gap between two rates and of a rate's change, which a plan
 * from a document writes in Chinese only.
 */
export const PERCENTAGE_POINTS = /^[個个]?百分[點点]$/;

/**
 * Whether a target is a gap between two rates in percentage points, compared directly (the parser's gap to a group
 * or a peer: 農村居民收入增速高於城鎮居民1.5個百分點, 研發投入強度高於全省0.2個百分點, 失業率低於全省0.5個百分點): a `rate`
 * in 個百分點 bounded as a level is (`atLeast`, a `range` of no `direction`…), not a rate's change in points
 * ({@link readsAsChange}: 不良貸款率較年初下降0.5個百分點, `decreaseBy`; 森林覆蓋率提高1—2個百分點, a range of a rise). Its
 * reading is the gap, not either rate: below zero when the two rates stand the other way round.
 */
export const gapInPoints = (target: Pick<Target, 'measure' | 'unit' | 'comparator' | 'direction'>): boolean =>
  target.measure === 'rate' && PERCENTAGE_POINTS.test(target.unit) && !readsAsChange(target);

/**
 * Whether a reading of the target may be below zero, its sign saying its direction: a change ({@link readsAsChange}:
 * a move the wrong way) or a gap ({@link gapInPoints}: the two rates the other way round, −0.3 when rural income grew
 * 0.3 points slower than urban). Any other target (a level, a flow, a rate, a share) cannot go below zero.
 */
export const signedReading = (target: Pick<Target, 'measure' | 'unit' | 'comparator' | 'direction'>): boolean =>
  // A rate in points stated by a change is one of readsAsChange's, any other a gap: gapInPoints without its comparator
  // test, which readsAsChange makes (a few bytes fewer on the gauge's page).
  readsAsChange(target) || (target.measure === 'rate' && PERCENTAGE_POINTS.test(target.unit));

/**
 * The direction of a change target ({@link readsAsChange}), which its readings count, as the comparator that says it:
 * `'decreaseBy'` (a fall) for one stated as a fall (較2020年下降12%, 較年初下降0.5個百分點, a growth to fall; a range,
 * by its `direction`: 較2020年下降10%—12%), a reading of 7 being a fall of 7%; `'increaseBy'` (a rise) for any other
 * (增長10%; 漲幅控制在3%以內, a rise under a ceiling; a range of a plan built before ranges kept their `direction`), 7
 * being a rise of 7%; a reading below zero went the other way. `undefined` for a target that is not a change. The one
 * home of the direction: the sentences, the gauge, the progress template and the import's hints all read it.
 *
 * @example
 * ```ts
 * changeDirection(getTarget('t26.4')!); // 'decreaseBy': 萬元GDP用水量較2020年下降12%
 * changeDirection(getTarget('t03.3')!); // 'increaseBy': 全社會研發經費增長10%
 * ```
 */
export const changeDirection = (target: Pick<Target, 'measure' | 'comparator' | 'direction'>): 'decreaseBy' | 'increaseBy' | undefined =>
  readsAsChange(target) ? (isChangeComparator(target.comparator) ? target.comparator : (target.direction ?? 'increaseBy')) : undefined;
