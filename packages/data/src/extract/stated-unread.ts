/**
 * Values a plan states that the parser does not read, said rather than dropped (`noUnit`, which `dz-plan build`
 * reports as `numeralNotRead`): a ratio (之比达到2.5:1), a value whose unit is letters it does not know (算力规模达到
 * 10000P), a doubling (粮食产量翻一番), tenths (出口额增长三成) and 两 before a count after a verb of work (新建两个产业园区:
 * two, but 两个 is rhetoric as often as a count, so not read: other-cities-f48; where a target ends, 新建两个, it is
 * read). Each is said only where a bound, change or flow word states it, right before it, or, for a doubling, by its
 * own words.
 */
import { isAsciiLetter, isIdeograph } from './chars.js';
import type { ClauseState } from './clause-state.js';
import { endsTarget } from './chinese-numerals.js';
import { matchUnit } from './units.js';
import { flowWords, suffixWords } from './words.js';

/** 翻一番, 翻两番, 翻番: a doubling (or two), stated by its words. */
const DOUBLING = /^翻[一两二三]?番/;
/** 三成, 五成: tenths of a whole, a share no unit of ours names (not 一成不变: one alone, nor 成为, 成效 after it). */
const TENTHS = /^[二两三四五六七八九]成(?![为效果功立员本])/;

/** Whether a bound or change word of the clause ends right before `at` (达到2.5:1, 增长三成): the value it states. */
export const statedAt = (state: ClauseState, at: number): boolean => state.bound?.end === at || state.change?.end === at;

/**
 * The end of a value in words at `at` of the folded text the parser says and does not read (翻一番; 三成 right after
 * a bound or change word; 两 of 新建两个), or `undefined`.
 */
export function statedInWordsAt(folded: string, at: number, state: ClauseState): number | undefined {
  const doubling = DOUBLING.exec(folded.slice(at, at + 3));
  if (doubling) return at + doubling[0].length;
  const tenths = statedAt(state, at) ? TENTHS.exec(folded.slice(at, at + 3)) : null;
  if (tenths) return at + 2;
  // 新建两个产业园区; not 新建两个 where a target ends (read as 2: chineseCountAt).
  const count = folded[at] === '两' && flowWords.matchEndingAt(folded, at) ? matchUnit(folded, at + 1) : undefined;
  return count?.kind === 'count' && !endsTarget(folded, count.end) ? at + 1 : undefined;
}

/**
 * The end of the letters right after a numeral ending at `end` when they are its unit (10000P, then a mark, the text's
 * end or a bound word), not the start of a name (5G基站), or `undefined`.
 */
export function lettersUnitEnd(folded: string, end: number): number | undefined {
  let i = end;
  while (isAsciiLetter(folded.charCodeAt(i))) i++;
  return i > end && (!isIdeograph(folded[i]) || suffixWords.match(folded, i) !== undefined) ? i : undefined;
}
