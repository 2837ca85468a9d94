/**
 * A fall that may have been stored as a negative rise (review r90 M4). A plan an older dz-plan built kept no direction
 * on a range of a change (F200), and the template of such a plan asked a clerk for a rise of 較2020年下降10%—12%
 * (before F193, and between F210 and 97941c1), so a fall of 4% may be stored as -4. Read as a fall (a plan built again,
 * or the progress commands reading the range by its words), -4 is a rise of 4%. It is judged as stored, and said: the
 * sign is the clerk's to correct, not a reader's to guess (a range of a fall may truly have risen).
 */
import { formatAmount } from '../describe-target.js';
import { formatNumber } from '../format-number.js';
import type { Language, Target } from '../schema.js';
import { risesInsteadOfFalling } from './reversed-changes.js';

/** What is said of such a reading: its value, the rise it reads as (the fall it may have been), and what to store. */
const fallStoredAsRiseWords: Readonly<Record<Language, (value: string, amount: string, number: string) => string>> = {
  'zh-Hant': (value, amount, number) =>
    `填了 ${value}:負數讀作不降反升(上升 ${amount}),照此判斷。舊版 dz-plan 的範本曾要求這個下降區間填上升幅度,下降可能被填成負數:如是下降 ${amount},請改填 ${number}(範本現在要求填下降幅度,填正數)`,
  'zh-Hans': (value, amount, number) =>
    `填了 ${value}:负数读作不降反升(上升 ${amount}),照此判断。旧版 dz-plan 的模板曾要求这个下降区间填上升幅度,下降可能被填成负数:如是下降 ${amount},请改填 ${number}(模板现在要求填下降幅度,填正数)`,
  en: (value, amount, number) =>
    `${value} reads as a rise of ${amount} and is judged so. A template of an older dz-plan asked for a rise of this range of a fall, so a fall may have been stored below zero: if it fell by ${amount}, store ${number} (the template now asks for the fall, a positive number)`,
};

/**
 * What to say of `value` read for `target`, in `lang`, when it may be a fall stored as a negative rise: a range of a
 * fall (`changeDirection` `'decreaseBy'`) read below zero; `undefined` otherwise. A fall that is no range was never
 * asked for as a rise, and its negative reading is said where a sheet is read (`negativeChange`).
 */
export function fallStoredAsRise(target: Target, value: number, lang: Language): string | undefined {
  if (target.comparator !== 'range' || !risesInsteadOfFalling(target, value)) return undefined;
  return fallStoredAsRiseWords[lang](formatNumber(value, lang), formatAmount(target, -value, lang), formatNumber(-value, lang));
}
