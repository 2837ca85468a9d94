/**
 * What `numeralNotRead` says, in each language the CLI speaks (`--lang`): the task, the numeral (or the value a past
 * fact states, and when), what it is and what to do.
 */
import type { UnreadForm } from '../extract/stated-unread.js';
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

/** What the English message of each unread form says of its numeral. */
const FORM_EN: Readonly<Record<UnreadForm, string>> = {
  doubling: 'is a doubling in words',
  tenths: 'is a share in tenths of a whole',
  ratio: 'is a ratio',
  lettersUnit: 'has a unit in letters the parser does not know',
  shareNoMetric: 'is a share in words with no metric named before it',
  comparisonNoValue: 'is a comparison with no number',
};

/** The Chinese words of each unread form after its numeral, in each script. */
const FORM_ZH: Readonly<Record<UnreadForm, Readonly<Record<'zh-Hant' | 'zh-Hans', string>>>> = {
  doubling: { 'zh-Hant': '是以文字表示的倍增', 'zh-Hans': '是以文字表示的倍增' },
  tenths: { 'zh-Hant': '是以「成」表示的比例(十分之幾)', 'zh-Hans': '是以“成”表示的比例(十分之几)' },
  ratio: { 'zh-Hant': '是比值', 'zh-Hans': '是比值' },
  lettersUnit: { 'zh-Hant': '的單位是未能識別的字母', 'zh-Hans': '的单位是未能识别的字母' },
  shareNoMetric: { 'zh-Hant': '是文字寫的比例,前面沒有指標名稱', 'zh-Hans': '是文字写的比例,前面没有指标名称' },
  comparisonNoValue: { 'zh-Hant': '是沒有數值的比較', 'zh-Hans': '是没有数值的比较' },
};

/**
 * The sentence for `numeral` of task `task`, a form the parser does not read (`UnreadForm`): a doubling (翻一番),
 * tenths (三成), a ratio (2.5:1), a value of a unit in letters (10000P), a share in words with no metric before it
 * (实现行政村百分之百通硬化路), a comparison with no number (不低于全省平均水平). Each has a unit or needs none, so it is
 * said as what it is, not as a numeral of no unit.
 */
export const formNotReadWords: Readonly<Record<UnreadForm, WordsByParts<[task: number, numeral: string]>>> = Object.fromEntries(
  (Object.keys(FORM_EN) as UnreadForm[]).map((form) => [
    form,
    {
      'zh-Hant': (task: number, numeral: string) => `任務 ${task}:「${numeral}」${FORM_ZH[form]['zh-Hant']},未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)`,
      'zh-Hans': (task: number, numeral: string) => `任务 ${task}:“${numeral}”${FORM_ZH[form]['zh-Hans']},未读作目标;如果它是目标,请在 overlay 里新增(targets.add)`,
      en: (task: number, numeral: string) => `task ${task}: ${numeral} ${FORM_EN[form]}, not read as a target; if it is one, add it in an overlay (targets.add)`,
    },
  ]),
) as Record<UnreadForm, WordsByParts<[task: number, numeral: string]>>;

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
