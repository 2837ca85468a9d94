/**
 * What `numeralNotRead` says, in each language the CLI speaks (`--lang`): the task, the numeral (or the value a past
 * fact states, and when) and what to do.
 */
import type { WordsByParts } from './words-by-parts.js';

/** The sentence for `numeral` of task `task`, bounded like a target's value but with no unit to say what it counts. */
export const numeralNotReadWords: WordsByParts<[task: number, numeral: string]> = {
  'zh-Hant': (task, numeral) => `任務 ${task}:數值 ${numeral} 沒有單位,未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)`,
  'zh-Hans': (task, numeral) => `任务 ${task}:数值 ${numeral} 没有单位,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)`,
  en: (task, numeral) => `task ${task}: the numeral ${numeral} has no unit and is not read as a target; if it is one, add it in an overlay (targets.add)`,
};

/**
 * The sentence for the count `count` (两个: a numeral in words and the unit after it) of task `task`, not read: a count
 * before its noun (建设两个平台) is as often words as a number, so the numeral, which has its unit, is said as that.
 */
export const countNotReadWords: WordsByParts<[task: number, count: string]> = {
  'zh-Hant': (task, count) => `任務 ${task}:「${count}」計其後的名詞(名詞前的數量常是措辭而非目標),未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)`,
  'zh-Hans': (task, count) => `任务 ${task}:“${count}”计其后的名词(名词前的数量常是措辞而非目标),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)`,
  en: (task, count) => `task ${task}: "${count}" counts what follows it (a count before its noun is often words, not a target) and is not read as a target; if it is one, add it in an overlay (targets.add)`,
};

/**
 * A value read as what it is, not a target: a past fact or the level of a condition. (The value of an index, a
 * coefficient or a ratio, which has no unit, is read as a target of unit `''`.)
 */
export type StatedReason = 'past' | 'condition';

/** What the English message of each reason says between the value and its time. */
const STATED_EN: Readonly<Record<StatedReason, string>> = {
  past: 'is a past fact',
  condition: 'is the level of a condition',
};

/** The English sentence of a stated value, with {@link STATED_EN}'s words for `reason`. */
const statedEn = (reason: StatedReason) => (task: number, quantity: string, when: string) =>
  `task ${task}: ${quantity} ${STATED_EN[reason]} (${when}), not read as a target; if it is one, add it in an overlay (targets.add)`;

/**
 * The sentence for the value `quantity` (3000個) of task `task`, read as no target for `reason`: a past fact stated
 * at `when` (截至2023年底, 上年末, 2023年 in a plan of 2024: what was done) or the level of the condition `when`
 * (當PM2.5濃度達到150微克/立方米時: what starts a response).
 */
export const statedNumeralWords: Readonly<Record<StatedReason, WordsByParts<[task: number, quantity: string, when: string]>>> = {
  past: {
    'zh-Hant': (task, quantity, when) => `任務 ${task}:「${quantity}」是已完成的數字(${when}),未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)`,
    'zh-Hans': (task, quantity, when) => `任务 ${task}:“${quantity}”是已完成的数字(${when}),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)`,
    en: statedEn('past'),
  },
  condition: {
    'zh-Hant': (task, quantity, when) => `任務 ${task}:「${quantity}」是條件的數字(${when}),未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)`,
    'zh-Hans': (task, quantity, when) => `任务 ${task}:“${quantity}”是条件的数字(${when}),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)`,
    en: statedEn('condition'),
  },
};
