/**
 * A rise over a year's level written as exceeding it (恢复并超过2019年水平10%, 超过2019年水平10%, 比2019年水平高10%): a
 * change of the percentage since that year, as 比2019年增长10% is, not a rate of 10%.
 */
import type { ClauseState } from './clause-state.js';

/** The words right before the value: 恢复并超过, 超过, 超出, 高于, 高出 a year's level, or 比 a year's level 高 (高出). */
const ABOVE_LEVEL = /(?:(?:恢复并|恢复且|恢复和)?(?:超过|超出|高于|高出)((?:19|20)\d\d)年的?水平|比((?:19|20)\d\d)年的?水平高出?)$/;

/** How far back {@link ABOVE_LEVEL} is read: 恢复并超过2019年的水平. */
const REACH = 16;

/**
 * The words before the value at `at` in the folded text that say it rises over a year's level, from `start` on: where
 * they start and the year.
 */
export function aboveLevelBefore(folded: string, start: number, at: number): { readonly start: number; readonly year: number } | undefined {
  const from = Math.max(start, at - REACH);
  const found = ABOVE_LEVEL.exec(folded.slice(from, at));
  return found ? { start: from + found.index, year: Number(found[1] ?? found[2]) } : undefined;
}

/** A percentage right at the start of a slice (10%, 5—10%), a space before it or not: what is read as a rise. */
const PERCENT_VALUE = /^ ?\d+(?:\.\d+)?(?:[—~-]\d+(?:\.\d+)?)?%/;

/**
 * {@link aboveLevelBefore} for a metric that ends at `end`, only where the value after it is a percentage, read as a
 * rise since that year ({@link readAboveLevel}): 旅游收入超过2019年水平10%. Before an amount or points
 * (超过2019年水平10亿元, 2个百分点) the words are the metric's: its value is relative to that year, no floor alone.
 */
export function riseAboveLevelBefore(folded: string, start: number, end: number): { readonly start: number; readonly year: number } | undefined {
  return PERCENT_VALUE.test(folded.slice(end, end + 16)) ? aboveLevelBefore(folded, start, end) : undefined;
}

/**
 * Reads a percentage at `at` (ending at `end`) over a year's level ({@link aboveLevelBefore}) into `state`: a rise
 * (increaseBy) since that year, its own base, in place of the bound 超过 or 高于 read before it.
 */
export function readAboveLevel(folded: string, at: number, end: number, state: ClauseState): void {
  if (folded[end] !== '%') return;
  const above = aboveLevelBefore(folded, state.clauseStart, at);
  if (!above) return;
  state.change = { comparator: 'increaseBy', end: at };
  state.bound = undefined;
  state.baselineYear = above.year;
  state.ownBase = true;
}
