/**
 * The words of the reading problems (`reading-problems.ts`), as each language's file writes them
 * (`reading-problem-words-zh-hant.ts`, `-zh-hans.ts`, `-en.ts`): their shape.
 */
import type { ReadingProblem } from './reading-problems.js';

/** A {@link ReadingProblem}'s words in one language, each given what `describeReadingProblem` has worked out. */
export interface ReadingProblemWords {
  /** Text that is no number, and an example that fits the target (`85` for a rate; the default `2100 or 2.1萬`). */
  notANumber(text: string, example: string | undefined): string;
  range(text: string): string;
  /** 十, 百 or 千 after a number (`1.2千`), and the whole number it meant (`1200`, `3000萬` of `3千萬`) when it reads as one. */
  multiplier(text: string, whole: string | undefined): string;
  /** An approximate figure (`60余个`), and its number. */
  approximate(text: string, number: string): string;
  /** A bound (`60以上`, `不足50個`): no figure offered to write, as the bound is not it. */
  bound(text: string): string;
  /** A change or a growth written with its direction (`下降7%`), the change (`下降 7%`) and its size. */
  sizeOnly(text: string, moved: string, size: string): string;
  /** A change written in the direction against the target's (`增长3%` for a cut): its size is written negative. */
  againstTarget(text: string, moved: string, size: string, targetFalls: boolean): string;
  /** A change by `amount`: down (a fall) or up, with a space: `下降 7%`. */
  moved(fall: boolean, amount: string): string;
  /** A note beside the number in the value cell (`2100⏎含室分`). */
  note(text: string): string;
  /**
   * A figure in another unit than the target's; `typed`, the number given with the plan's unit (`600公里`), a form
   * that parses, where `unit` says the unit in other words (English: `units of 1 km`).
   */
  wrongUnit(text: string, unit: string, typed?: string): string;
  /** A unit written (`1.25%`, `1.25個`) for a target of no unit (an index, a coefficient or a ratio), and its number. */
  noUnit(text: string, number: string): string;
  /** A count of a set (`4縣(市、區)`) for a share of it. */
  countForShare(text: string): string;
  /**
   * A signed figure or points for a share that is a level: the text, whether it is in points, whether it is signed,
   * the target's metric and the share to write as an example (`62%`).
   */
  pointsForLevel(text: string, inPoints: boolean, signed: boolean, metric: string, example: string): string;
  /**
   * A value a hundred or a thousand times the target, and, when given, how it reads in the target's unit: the value as
   * an amount of the unit's base (`21000人`, `21,000 people`) and what to write for it (`2.1萬人`, `2.1`); `named` is
   * `''` for a target of no unit.
   */
  wrongScale(value: string, times: string, goal: string, named: string, read: { readonly given: string; readonly write: string } | undefined): string;
  tooSmall(value: string, goal: string, named: string, scale: string, suggestion: string): string;
  fraction(value: string, goal: string, suggestion: string): string;
  overWhole(value: string, goal: string): string;
  fallOverWhole(value: string, goal: string): string;
  /** A change targeted: 下降12%, down 12%. */
  change(comparator: 'increaseBy' | 'decreaseBy', amount: string): string;
  negative(value: string): string;
  /** A reading of 0 of a metric that is never 0: a total used, a stock or a share the city holds. */
  zeroReading(metric: string, kind: 'total' | 'share' | 'stock'): string;
  /** A year's growth above 100% and more than ten times the target: the growth and the target with their unit, and how many times. */
  implausibleGrowth(value: string, times: string, goal: string): string;
  invalidDate(asOf: string): string;
  /** A month without its day (`2023年6月`), and the whole date asked for (its last day). */
  month(asOf: string, date: string): string;
  /** An Excel date serial (`45107`), and the date it stands for. */
  serial(asOf: string, date: string): string;
  /** A whole date written nearly right (`2023年6月30号`), and the date in ISO form. */
  date(asOf: string, date: string): string;
  /** A quarter or a half (`上半年`), and its last day (none when its year is not known: YYYY-MM-DD asked for). */
  period(asOf: string, date?: string): string;
  beforePeriod(asOf: string, start: string): string;
  afterToday(asOf: string, today: string): string;
  afterDeadline(asOf: string, deadline: string): string;
  /** A running total read lower than before: the value, the earlier reading's date (in words) and value, each with its unit (`140家`). */
  belowEarlier(value: string, earlierDate: string, earlier: string): string;
}
