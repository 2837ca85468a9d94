/**
 * The words that name the plan's own year without its number, one home for the three readers of them: a clause led by
 * them is due with the plan (`scan.ts`), a target's clause with them keeps its own period against a closing date
 * (`node/task-deadline.ts`), and a sentence of 已完成 with them states a target, not a past fact (`past-facts.ts`).
 * Each reader composes what it needs beyond them and says why. Folded text (Simplified).
 */

/** The plan's year named as this one: 今年, 本年. */
export const THIS_YEAR_WORDS = ['今年', '本年'] as const;

/** {@link THIS_YEAR_WORDS}, 全年 (the whole year), 年内 (within the year), 当年 (that year), 年度 (the year's). */
export const PLAN_YEAR_WORDS = [...THIS_YEAR_WORDS, '全年', '年内', '当年', '年度'] as const;

export type PlanYearWord = (typeof PLAN_YEAR_WORDS)[number];

/** Characters right before one of the words that make it another year's (上年度, 去年, 前年): a class's contents. */
export const OTHER_YEAR_BEFORE = '上去前';

/** The words as the alternatives of a pattern's source, but those `left` out. */
export const planYearSource = (...left: readonly PlanYearWord[]): string => PLAN_YEAR_WORDS.filter((word) => !left.includes(word)).join('|');
